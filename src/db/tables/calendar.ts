// Table interfaces of the official holiday calendar.
/** A loaded year of the official holiday arrangement and the State Council notice it comes from. */
export interface CalendarYearTable {
  year: number;
  source: string;
  notice_title: string | null;
  notice_date: string | null;
  loaded_at: string;
}

/** A day the arrangement names: 'off' (节假日, incl. 调休 rest days) or 'work' (调休上班的周六、周日). */
export interface CalendarDayTable {
  date: string;
  year: number;
  kind: 'off' | 'work';
  name: string;
}

// 主动公开 (migration 0004-catalogue).
