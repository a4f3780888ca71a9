// JSON shapes of cases for staff: personal data masked, the clock with its basis (and trace), the allowed steps.
import type { CaseListItem } from '../requests/list-cases.ts';
import type { CaseView } from '../requests/case-view.ts';
import { EVENT_LABELS, STATE_LABELS } from '../requests/lifecycle.ts';
import { OUTCOMES } from '../requests/outcomes.ts';

export function presentListItem(i: CaseListItem) {
  return {
    number: i.c.number,
    state: i.c.state,
    stateLabel: STATE_LABELS[i.c.state],
    receivedOn: i.c.received_on,
    applicant: i.applicant,
    applicantKind: i.c.applicant_kind,
    infoTitle: i.c.info_title,
    dueDate: i.clock.deadline.due,
    workingDaysLeft: i.clock.daysLeft,
    overdue: i.clock.overdue,
    handler: i.handler,
    outcome: i.c.outcome,
  };
}

export function presentCase(v: CaseView) {
  const c = v.c;
  return {
    number: c.number,
    agency: v.agencyName,
    state: c.state,
    stateLabel: STATE_LABELS[c.state],
    version: c.version,
    channel: c.channel,
    receivedOn: c.received_on,
    receiptEvidence: c.receipt_evidence,
    applicant: {
      kind: c.applicant_kind,
      ...v.personal,
      orgCode: c.org_code,
      legalRep: c.legal_rep,
      contactPerson: c.contact_person,
    },
    info: {
      title: c.info_title,
      docNumber: c.info_doc_number,
      description: c.info_description,
      formWanted: c.form_wanted,
      delivery: c.delivery,
    },
    outcome: c.outcome,
    outcomeLabel: c.outcome ? OUTCOMES[c.outcome].label : null,
    outcomeRow: c.outcome ? OUTCOMES[c.outcome].row : null,
    outcomeBasis: c.outcome_basis,
    deadline: {
      due: v.clock.deadline.due,
      workingDaysLeft: v.clock.daysLeft,
      overdue: v.clock.overdue,
      stopped: v.clock.stopped,
      stoppedOn: v.clock.stoppedOn ?? null,
      provisional: v.clock.deadline.provisional,
      basis: v.clock.deadline.basis,
      notes: v.clock.deadline.notes,
      pauses: v.clock.deadline.pauses,
      correctionNoticeDue: v.clock.deadline.correctionNoticeDue,
      feeLapsesAfter: v.clock.deadline.feeLapsesAfter ?? null,
      correctionLapsesAfter: v.clock.deadline.correctionLapsesAfter ?? null,
      trace: v.clock.deadline.trace ?? [],
    },
    history: v.history.map((e) => ({
      event: e.type,
      label: EVENT_LABELS[e.type],
      date: e.onDate,
      actor: e.actor,
      data: e.data,
    })),
    letters: v.letters.map((l) => ({ kind: l.kind, issuedOn: l.issuedOn })),
    allowedSteps: v.allowed,
    earlierCases: v.earlier,
  };
}
