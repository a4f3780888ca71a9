// The deadline calculator's query string → the clock engine's input (pure). Blank event dates are simply absent.
export type CalculatorQuery = {
  received?: string;
  channel?: string;
  correctionRequested?: string;
  correctionReceived?: string;
  consultationStarted?: string;
  consultationEnded?: string;
  party?: string;
  feeNoticeSent?: string;
  feePaid?: string;
  extendedOn?: string;
  extendedDays?: string;
};

const SIMPLE = ['correctionRequested', 'correctionReceived', 'feeNoticeSent', 'feePaid'] as const;

export function calculatorInput(q: CalculatorQuery): unknown {
  const events: Array<Record<string, unknown>> = [];
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  for (const type of SIMPLE) if (str(q[type])) events.push({ type, date: str(q[type]) });
  const party = str(q.party) || 'third_party';
  if (str(q.consultationStarted)) events.push({ type: 'consultationStarted', date: str(q.consultationStarted), party });
  if (str(q.consultationEnded)) events.push({ type: 'consultationEnded', date: str(q.consultationEnded), party });
  if (str(q.extendedOn))
    events.push({ type: 'extended', date: str(q.extendedOn), workingDays: Number(str(q.extendedDays) || '20') });
  // Same-day events keep the order a case follows (a stable sort keeps the push order above on ties).
  events.sort((a, b) => String(a.date).localeCompare(String(b.date)));
  return { received: str(q.received), channel: str(q.channel) || 'online', events };
}
