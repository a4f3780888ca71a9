import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DomainError } from '../errors.ts';
import { GUARDS } from './guards.ts';
import {
  type CaseFacts,
  CLOSED,
  type ClockFacts,
  EVENTS,
  NEXT,
  type RequestEventType,
  type RequestState,
  STATES,
  WHO,
  allowedEvents,
} from './lifecycle.ts';
import { transition } from './transition.ts';

// A case whose 20 working days run to 2026-03-30, looked at on 2026-03-10 — unless a test says otherwise.
const RUNNING: ClockFacts = { due: '2026-03-30', correctionLapsesAfter: '2026-03-06', feeLapsesAfter: '2026-03-06' };
const facts = (
  state: RequestState,
  history: RequestEventType[] = [],
  outcome: null | 'disclosed' = null,
  more: Partial<CaseFacts> = {},
): CaseFacts => ({ state, history, outcome, on: '2026-03-10', clock: RUNNING, ...more });
const code = (f: () => unknown) => {
  try {
    f();
    return 'ok';
  } catch (e) {
    return (e as DomainError).code;
  }
};

describe('lifecycle table', () => {
  // One line per transition the law describes.
  const cases: Array<[RequestState, RequestEventType, RequestState]> = [
    ['received', 'accepted', 'processing'],
    ['received', 'correction_requested', 'awaiting_correction'],
    ['awaiting_correction', 'corrected', 'processing'],
    ['awaiting_correction', 'correction_lapsed', 'deemed_abandoned'],
    ['processing', 'consultation_started', 'consulting'],
    ['consulting', 'consultation_ended', 'processing'],
    ['processing', 'extension_requested', 'extension_pending'],
    ['extension_pending', 'extension_approved', 'processing'],
    ['processing', 'fee_notice_sent', 'awaiting_fee'],
    ['awaiting_fee', 'fee_paid', 'processing'],
    ['awaiting_fee', 'fee_lapsed', 'deemed_abandoned'],
    ['consulting', 'consultation_received', 'consulting'],
    ['awaiting_fee', 'fee_notice_received', 'awaiting_fee'],
    ['replied', 'delivered', 'delivered'],
    ['processing', 'transferred', 'received'],
  ];
  for (const [from, event, to] of cases) {
    test(`${from} --${event}--> ${to}`, () => {
      const parties = [...WHO[event]];
      const p =
        event === 'extension_requested'
          ? { workingDays: 10 }
          : event === 'transferred'
            ? { toAgencyId: 2, fromAgencyId: 1 }
            : event === 'delivered'
              ? { evidence: 'EMS' }
              : {};
      const history: RequestEventType[] = event === 'fee_lapsed' ? ['fee_notice_sent', 'fee_notice_received'] : [];
      assert.equal(transition(facts(from, history), event, parties, p).state, to);
    });
  }

  test('every state has a row and every row names only known states', () => {
    assert.deepEqual(Object.keys(NEXT).sort(), [...STATES].sort());
    for (const row of Object.values(NEXT))
      for (const [e, s] of Object.entries(row)) {
        assert.ok((EVENTS as readonly string[]).includes(e));
        assert.ok((STATES as readonly string[]).includes(s));
      }
  });

  test('every open state can reach a closed state, and archived is final but for a correcting 复议/诉讼 decision', () => {
    for (const s of STATES) {
      const seen = new Set<RequestState>([s]);
      const queue: RequestState[] = [s];
      while (queue.length)
        for (const n of Object.values(NEXT[queue.shift()!]) as RequestState[])
          if (!seen.has(n)) {
            seen.add(n);
            queue.push(n);
          }
      assert.ok(seen.has('archived'), s);
    }
    assert.deepEqual(NEXT.archived, { reopened: 'processing' });
  });

  test('a reply needs exactly one outcome chosen at reply, and its legal basis', () => {
    assert.equal(
      code(() => transition(facts('processing'), 'replied', ['clerk'], {})),
      'illegal_transition',
    );
    assert.equal(
      code(() => transition(facts('processing'), 'replied', ['clerk'], { outcome: 'disclosed' })),
      'illegal_transition',
    );
    assert.equal(
      code(() => transition(facts('processing'), 'replied', ['clerk'], { outcome: 'unpaid_fee', basis: 'x' })),
      'illegal_transition',
    );
    const r = transition(facts('processing'), 'replied', ['clerk'], {
      outcome: 'partial',
      basis: '条例第三十七条',
      reason: '第2项含第三方个人信息，已作区分处理',
    });
    assert.deepEqual(r, { state: 'replied', outcome: 'partial' });
  });

  test('a case cannot be archived without an outcome', () => {
    assert.equal(
      code(() => transition(facts('delivered'), 'archived', ['clerk'])),
      'illegal_transition',
    );
    assert.equal(transition(facts('delivered', [], 'disclosed'), 'archived', ['clerk']).state, 'archived');
  });

  test('视为放弃 and withdrawal set their own outcome rows', () => {
    assert.equal(transition(facts('awaiting_correction'), 'correction_lapsed', ['clerk']).outcome, 'no_correction');
    assert.equal(
      transition(facts('awaiting_fee', ['fee_notice_sent', 'fee_notice_received']), 'fee_lapsed', ['clerk']).outcome,
      'unpaid_fee',
    );
    assert.equal(transition(facts('consulting'), 'withdrawn', ['applicant']).outcome, 'withdrawn');
  });

  test('补正 is asked only once (第三十条 一次性告知)', () => {
    assert.equal(
      code(() =>
        transition(facts('processing', ['correction_requested', 'corrected']), 'correction_requested', ['clerk']),
      ),
      'illegal_transition',
    );
  });

  test('only the head approves an extension, and it is at most 20 working days, once', () => {
    assert.equal(
      code(() => transition(facts('extension_pending'), 'extension_approved', ['clerk'])),
      'forbidden',
    );
    assert.equal(
      code(() => transition(facts('processing'), 'extension_requested', ['clerk'], { workingDays: 21 })),
      'illegal_transition',
    );
    assert.equal(
      code(() =>
        transition(
          facts('processing', ['extension_requested', 'extension_approved']),
          'extension_requested',
          ['clerk'],
          { workingDays: 5 },
        ),
      ),
      'illegal_transition',
    );
    assert.equal(
      code(() => transition(facts('processing'), 'extension_approved', ['head'])),
      'illegal_transition',
    );
  });

  test('the applicant may only send the 补正 and withdraw; nothing happens after a case is closed', () => {
    assert.deepEqual(allowedEvents('awaiting_correction', ['applicant']).sort(), ['corrected', 'withdrawn']);
    assert.deepEqual(allowedEvents('processing', ['applicant']), ['withdrawn']);
    for (const s of CLOSED) assert.deepEqual(allowedEvents(s, ['applicant']), []);
    assert.equal(
      code(() => transition(facts('replied', [], 'disclosed'), 'withdrawn', ['applicant'])),
      'illegal_transition',
    );
    assert.equal(
      code(() => transition(facts('processing'), 'replied', ['applicant'], { outcome: 'disclosed', basis: 'x' })),
      'forbidden',
    );
  });

  test('delivery needs its evidence', () => {
    assert.equal(
      code(() => transition(facts('replied', [], 'disclosed'), 'delivered', ['clerk'], {})),
      'illegal_transition',
    );
    assert.equal(
      transition(facts('replied', [], 'disclosed'), 'delivered', ['clerk'], { evidence: 'EMS1234567890' }).state,
      'delivered',
    );
  });
});

describe('第三十五条 in the lifecycle table', () => {
  const asked: RequestEventType[] = ['accepted', 'reasons_requested', 'reasons_answered'];
  test('processing --reasons_requested--> awaiting_reasons --reasons_answered--> processing', () => {
    assert.equal(
      transition(facts('processing', ['accepted']), 'reasons_requested', ['clerk']).state,
      'awaiting_reasons',
    );
    assert.equal(
      transition(facts('awaiting_reasons', ['accepted', 'reasons_requested']), 'reasons_answered', ['clerk']).state,
      'processing',
    );
    assert.equal(
      transition(facts('awaiting_reasons', ['accepted', 'reasons_requested']), 'withdrawn', ['applicant']).state,
      'withdrawn',
    );
  });
  test('reasons are asked once; the case waiting for them is open and cannot be replied to yet', () => {
    assert.equal(
      code(() =>
        transition(facts('processing', ['accepted', 'reasons_requested', 'reasons_answered']), 'reasons_requested', [
          'clerk',
        ]),
      ),
      'illegal_transition',
    );
    assert.equal(
      code(() =>
        transition(facts('awaiting_reasons', ['reasons_requested']), 'replied', ['clerk'], {
          outcome: 'excessive',
          basis: '条例第三十五条',
        }),
      ),
      'illegal_transition',
    );
    assert.ok(!CLOSED.includes('awaiting_reasons'));
  });
  test('a delayed reply date needs the reasons weighed first, a date and a reason, and is set once', () => {
    const p = { until: '2026-04-30', reason: '档案量大' };
    assert.equal(
      code(() => transition(facts('processing', ['accepted']), 'reply_delayed', ['clerk'], p)),
      'illegal_transition',
    );
    assert.equal(transition(facts('processing', asked), 'reply_delayed', ['clerk'], p).state, 'processing');
    assert.equal(
      code(() => transition(facts('processing', asked), 'reply_delayed', ['clerk'], { until: '2026-04-30' })),
      'illegal_transition',
    );
    assert.equal(
      code(() => transition(facts('processing', [...asked, 'reply_delayed']), 'reply_delayed', ['clerk'], p)),
      'illegal_transition',
    );
  });
  test('不予处理 as excessive only once the reasons were asked and weighed; it sets the outcome excessive', () => {
    const p = {
      outcome: 'excessive' as const,
      basis: '条例第三十五条',
      reason: '一个月内申请同类信息二百余件，未说明正当理由',
    };
    assert.equal(
      code(() => transition(facts('processing', ['accepted']), 'replied', ['clerk'], p)),
      'illegal_transition',
    );
    assert.deepEqual(transition(facts('processing', asked), 'replied', ['clerk'], p), {
      state: 'replied',
      outcome: 'excessive',
    });
  });
  test('only clerks ask for reasons or set the delayed date', () => {
    assert.equal(
      code(() => transition(facts('processing', ['accepted']), 'reasons_requested', ['applicant'])),
      'forbidden',
    );
    assert.deepEqual(allowedEvents('awaiting_reasons', ['clerk']).sort(), ['reasons_answered', 'withdrawn']);
  });
});

describe('the guards: the conditions the law puts on each step (guards.ts)', () => {
  const clock = (c: Partial<ClockFacts>): Partial<CaseFacts> => ({ clock: { ...RUNNING, ...c } });

  test('every guard names the article it enforces', () => {
    for (const [event, guards] of Object.entries(GUARDS))
      for (const g of guards!) assert.match(g.basis, /条例|办法|法第/, event);
  });

  test('视为放弃 after 补正 only once the period the notice gave has passed (第三十条): not on 06-10 when it runs to 06-30', () => {
    const waiting = (on: string, lapses?: string) =>
      facts('awaiting_correction', ['correction_requested'], null, {
        on,
        clock: { due: null, ...(lapses ? { correctionLapsesAfter: lapses } : {}) },
      });
    assert.equal(
      code(() => transition(waiting('2026-06-10', '2026-06-30'), 'correction_lapsed', ['clerk'])),
      'illegal_transition',
    );
    assert.equal(
      code(() => transition(waiting('2026-06-30', '2026-06-30'), 'correction_lapsed', ['clerk'])),
      'illegal_transition',
    );
    assert.equal(
      transition(waiting('2026-07-01', '2026-06-30'), 'correction_lapsed', ['clerk']).state,
      'deemed_abandoned',
    );
    assert.equal(
      code(() => transition(waiting('2026-07-01'), 'correction_lapsed', ['clerk'])),
      'illegal_transition',
      'no period recorded',
    );
  });

  test('an unpaid fee lapses only after its receipt is recorded and 20 working days from it have passed', () => {
    const sent: RequestEventType[] = ['fee_notice_sent'];
    assert.equal(
      code(() =>
        transition(facts('awaiting_fee', sent, null, clock({ feeLapsesAfter: '2026-02-01' })), 'fee_lapsed', ['clerk']),
      ),
      'illegal_transition',
      'no receipt',
    );
    const received: RequestEventType[] = ['fee_notice_sent', 'fee_notice_received'];
    assert.equal(
      code(() =>
        transition(facts('awaiting_fee', received, null, clock({ feeLapsesAfter: '2026-04-07' })), 'fee_lapsed', [
          'clerk',
        ]),
      ),
      'illegal_transition',
      'period running',
    );
    assert.equal(
      transition(facts('awaiting_fee', received, null, clock({ feeLapsesAfter: '2026-03-09' })), 'fee_lapsed', [
        'clerk',
      ]).state,
      'deemed_abandoned',
    );
  });

  test('the fee notice goes out within the handling period: refused after the due date', () => {
    assert.equal(
      transition(facts('processing', ['accepted'], null, { on: '2026-03-30' }), 'fee_notice_sent', ['clerk']).state,
      'awaiting_fee',
    );
    assert.equal(
      code(() =>
        transition(facts('processing', ['accepted'], null, { on: '2026-03-31' }), 'fee_notice_sent', ['clerk']),
      ),
      'illegal_transition',
    );
  });

  test('an extension is asked and approved while the period runs, never after the due date (第三十三条第二款)', () => {
    assert.equal(
      code(() =>
        transition(facts('processing', [], null, { on: '2026-03-31' }), 'extension_requested', ['clerk'], {
          workingDays: 5,
        }),
      ),
      'illegal_transition',
    );
    assert.equal(
      code(() =>
        transition(
          facts('extension_pending', ['extension_requested'], null, { on: '2026-03-31' }),
          'extension_approved',
          ['head'],
        ),
      ),
      'illegal_transition',
    );
    assert.equal(
      transition(
        facts('extension_pending', ['extension_requested'], null, { on: '2026-03-30' }),
        'extension_approved',
        ['head'],
      ).state,
      'processing',
    );
    assert.equal(
      code(() =>
        transition(
          facts('extension_pending', ['extension_requested'], null, { clock: undefined }),
          'extension_approved',
          ['head'],
        ),
      ),
      'illegal_transition',
      'no clock: refused',
    );
  });

  test('permission before state: a clerk approving an extension of a case in another state is refused as forbidden', () => {
    assert.equal(
      code(() => transition(facts('processing'), 'extension_approved', ['clerk'])),
      'forbidden',
    );
    assert.equal(
      code(() => transition(facts('replied', [], 'disclosed'), 'replied', ['applicant'], {})),
      'forbidden',
    );
  });

  test('a refusal, a partial disclosure and 不予处理 need their reasons; "不属于本机关负责公开" names the body that is', () => {
    for (const outcome of ['state_secret', 'partial', 'duplicate'] as const) {
      assert.equal(
        code(() => transition(facts('processing'), 'replied', ['clerk'], { outcome, basis: '条例第三十六条' })),
        'illegal_transition',
        outcome,
      );
      assert.equal(
        transition(facts('processing'), 'replied', ['clerk'], { outcome, basis: '条例第三十六条', reason: '理由' })
          .outcome,
        outcome,
      );
    }
    assert.equal(
      code(() =>
        transition(facts('processing'), 'replied', ['clerk'], {
          outcome: 'not_this_agency',
          basis: '条例第三十六条第（五）项',
        }),
      ),
      'illegal_transition',
    );
    assert.equal(
      transition(facts('processing'), 'replied', ['clerk'], {
        outcome: 'not_this_agency',
        basis: '条例第三十六条第（五）项',
        holder: '示范县自然资源局',
      }).state,
      'replied',
    );
    assert.equal(
      transition(facts('processing'), 'replied', ['clerk'], { outcome: 'disclosed', basis: '条例第三十六条第（二）项' })
        .state,
      'replied',
    );
  });
});
