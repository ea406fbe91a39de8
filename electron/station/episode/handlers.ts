// The episode record's API: every action is one transaction and one audit entry; physician-only steps are checked here.
import { english } from '../../../shared/messages/en';
import { message } from '../../../shared/messages/message';
import type { HandlersFor } from '../api/dispatcher';
import { StationError, type CallContext } from '../api/dispatcher';
import type { EpisodeView, episodeMethods } from '../../../shared/api/methods/episode';
import type { StaffMember } from '../../../shared/api/methods/auth';
import { CHECKLIST_ITEMS, CHECKLIST_ITEM_KINDS, infusionSchema, type ChecklistItemKind } from '../../../shared/episode/records';
import { checkDose } from '../../../shared/episode/dose';
import type { AuditLog } from '../repositories/audit';
import type { EpisodeRepository, EpisodeRow } from './episodes';
import type { EntryRepository } from './entries';
import type { ProductRepository } from './products';
import { buildEpisodeView, INFUSION_KIND, SIGNOFF_KINDS, type SignOffData } from './view';
import { describeZodError } from '../api/dispatcher';
import { documentedEventSchema } from '../../../shared/api/methods/clinical';
import { EVENT_KIND_PREFIX } from '../clinical/timeline';

export interface EpisodeDeps {
  readonly episodes: EpisodeRepository;
  readonly entries: EntryRepository;
  readonly products: ProductRepository;
  readonly audit: AuditLog;
  readonly now: () => number;
  readonly transaction: <T>(work: () => T) => T;
  /** Told after every change, so windows and the rules runner can refresh. */
  readonly changed: (episodeId: number) => void;
}

export type EpisodeHandlers = HandlersFor<typeof episodeMethods>;

/** Kinds only a physician may record or correct, and what the refusal names. */
const PHYSICIAN_KINDS = new Map<string, string>([
  ['timing_override', 'override the infusion timing'],
  ['baseline_acknowledgement', 'acknowledge a baseline outside the thresholds'],
  [SIGNOFF_KINDS.physician, 'sign off as the physician'],
]);

export function createEpisodeHandlers(deps: EpisodeDeps): EpisodeHandlers {
  const view = (episode: EpisodeRow): EpisodeView =>
    buildEpisodeView(episode, deps.entries.current(episode.id), episode.productCode ? deps.products.byCode(episode.productCode) : null, deps.now());
  const openEpisode = (): EpisodeRow => {
    const episode = deps.episodes.open();
    if (!episode) throw new StationError('not_found', 'No patient is admitted to this station.');
    return episode;
  };
  /** Runs one action in one transaction at one moment (the entry and its audit line agree), then returns the fresh view. */
  const act = (work: (episode: EpisodeRow, user: StaffMember, at: number) => void) => (_input: unknown, { user }: CallContext): EpisodeView => {
    const member = requireUser(user);
    const episode = deps.transaction(() => {
      const e = openEpisode();
      work(e, member, deps.now());
      return deps.episodes.byId(e.id)!;
    });
    deps.changed(episode.id);
    return view(episode);
  };

  return {
    'products.list': () => deps.products.list(),
    'products.create': ({ product }, { user }) =>
      deps.transaction(() => {
        const member = requireUser(user);
        if (deps.products.byCode(product.code)) throw new StationError('invalid_input', `product.code: ${product.code} already exists.`);
        const full = { ...product, builtin: false };
        const at = deps.now();
        deps.products.add(full, member.id, at);
        deps.audit.append({ staffId: member.id, action: 'create', entity: 'product', after: full, time: at });
        return full;
      }),
    'episode.current': () => {
      const episode = deps.episodes.open();
      return episode ? view(episode) : null;
    },
    'episode.admit': ({ admission, replaceOpenEpisode }, { user }) => {
      const member = requireUser(user);
      if (!deps.products.byCode(admission.productCode)) throw new StationError('invalid_input', `admission.productCode: unknown product "${admission.productCode}".`);
      const episodeId = deps.transaction(() => {
        const at = deps.now();
        const open = deps.episodes.open();
        if (open && !replaceOpenEpisode)
          throw new StationError('invalid_input', `${open.name} (MRN ${open.mrn}) is admitted to this station: discharge first, or switch patients with a reason.`);
        if (open && replaceOpenEpisode) {
          deps.episodes.discharge(open.id, at, `Switched to MRN ${admission.mrn}: ${replaceOpenEpisode.reason}`);
          deps.audit.append({ staffId: member.id, action: 'switch_patient', entity: 'episode', entityId: open.id, before: { mrn: open.mrn }, after: { mrn: admission.mrn }, reason: replaceOpenEpisode.reason, time: at });
        }
        const id = deps.episodes.admit(admission, at);
        deps.audit.append({ staffId: member.id, action: 'admit', entity: 'episode', entityId: id, after: admission, time: at });
        return id;
      });
      deps.changed(episodeId);
      return view(deps.episodes.byId(episodeId)!);
    },
    'episode.discharge': ({ reason }, { user }) => {
      const member = requireUser(user);
      const episode = deps.transaction(() => {
        const e = openEpisode();
        const at = deps.now();
        deps.episodes.discharge(e.id, at, reason);
        deps.audit.append({ staffId: member.id, action: 'discharge', entity: 'episode', entityId: e.id, reason, time: at });
        return e;
      });
      deps.changed(episode.id);
      return null;
    },
    'checklist.record': (input, context) =>
      act((episode, member, at) => {
        const physicianStep = PHYSICIAN_KINDS.get(input.item);
        if (physicianStep && member.role !== 'physician') throw new StationError('forbidden', `Only a physician may ${physicianStep}.`);
        if (deps.entries.current(episode.id, [INFUSION_KIND]).length > 0) throw new StationError('invalid_input', 'The infusion is recorded: correct a checklist item instead of recording it again.');
        const previous = deps.entries.current(episode.id, [input.item]).at(-1);
        const id = deps.entries.add(episode.id, input.item, input.data, at, member.id, at, previous?.id ?? null, previous ? 'recorded again' : null);
        if (previous) deps.entries.supersede(previous.id, id);
        // The acknowledgement's reason is also the audit entry's, so the trail says who, when and why.
        const reason = input.item === 'baseline_acknowledgement' ? input.data.reason : null;
        deps.audit.append({ staffId: member.id, action: previous ? 'replace' : 'create', entity: 'entry', entityId: id, before: previous?.data, after: input.data, reason, time: at });
      })(input, context),
    'checklist.signOff': (input, context) =>
      act((episode, member, at) => {
        const current = view(episode);
        const role = member.role === 'physician' ? 'physician' : member.role === 'nurse' ? 'nurse' : null;
        if (!role) throw new StationError('forbidden', 'The checklist is signed off by a nurse and a physician.');
        if (!current.checklist.state.readyForSignOff)
          throw new StationError('invalid_input', `The checklist cannot be signed off yet: ${[...current.checklist.state.missing.map((m) => `missing: ${m}`), ...current.checklist.state.blockers].join('; ')}`);
        const data: SignOffData = { coveredEntryIds: Object.values(current.checklist.entries).map((e) => e.id) };
        const id = deps.entries.add(episode.id, SIGNOFF_KINDS[role], data, at, member.id, at);
        deps.audit.append({ staffId: member.id, action: 'sign_off', entity: 'entry', entityId: id, after: { role, ...data }, time: at });
      })(input, context),
    'infusion.record': (input, context) =>
      act((episode, member, at) => {
        const current = view(episode);
        const { nurse, physician } = current.checklist.signOffs;
        if (!nurse?.current || !physician?.current) throw new StationError('invalid_input', 'The pre-infusion checklist must be signed off by a nurse and a physician first.');
        if (current.infusion) throw new StationError('invalid_input', 'An infusion is already recorded for this episode: correct it instead.');
        const { infusion } = input;
        if (infusion.productCode !== episode.productCode) throw new StationError('invalid_input', `infusion.productCode: this episode's product is ${episode.productCode}.`);
        requireDoseAcceptable(current, infusion.cellsInfused, infusion.doseOverrideReason, member);
        if (infusion.secondVerifier.toLowerCase() === member.name.toLowerCase()) throw new StationError('invalid_input', 'infusion.secondVerifier: the second verifier must be another person.');
        const id = deps.entries.add(episode.id, INFUSION_KIND, infusion, infusion.startTime, member.id, at);
        deps.episodes.setInfusionTime(episode.id, infusion.startTime);
        deps.audit.append({ staffId: member.id, action: 'create', entity: 'entry', entityId: id, after: infusion, reason: infusion.doseOverrideReason ?? null, time: at });
      })(input, context),
    'entry.correct': (input, context) =>
      act((episode, member, at) => {
        const old = deps.entries.byId(input.entryId);
        if (!old || old.episodeId !== episode.id) throw new StationError('not_found', `entryId: no entry ${input.entryId} in this episode.`);
        if (old.supersededBy !== null) throw new StationError('invalid_input', `entryId: entry ${input.entryId} has already been corrected; correct the newest version.`);
        if (PHYSICIAN_KINDS.has(old.kind) && member.role !== 'physician') throw new StationError('forbidden', 'Only a physician may correct this entry.');
        let data = validateCorrection(old.kind, input.data);
        if (old.kind.startsWith(EVENT_KIND_PREFIX)) {
          if (old.kind === `${EVENT_KIND_PREFIX}attribution` && member.role !== 'physician') throw new StationError('forbidden', 'Only a physician may change an attribution.');
          data = { ...(data as object), source: member.role === 'physician' ? 'physician' : 'staff' };
        }
        let effective = old.effectiveAt;
        if (old.kind === INFUSION_KIND) {
          const infusion = infusionSchema.parse(data);
          requireDoseAcceptable(view(episode), infusion.cellsInfused, infusion.doseOverrideReason, member);
          effective = infusion.startTime;
          deps.episodes.setInfusionTime(episode.id, infusion.startTime);
        }
        const id = deps.entries.add(episode.id, old.kind, data, effective, member.id, at, old.id, input.reason);
        deps.entries.supersede(old.id, id);
        deps.audit.append({ staffId: member.id, action: 'correct', entity: 'entry', entityId: id, before: old.data, after: data, reason: input.reason, time: at });
      })(input, context),
    'audit.history': ({ entity, entityId }) =>
      deps.audit.history(entity, entityId).map((r) => ({ ...r, entityId: r.entityId ?? null, reason: r.reason ?? null, before: r.before ?? null, after: r.after ?? null })),
  };
}

function requireUser(user: StaffMember | null): StaffMember {
  if (!user) throw new StationError('forbidden', 'Sign in first.');
  return user;
}

/** An out-of-range dose is accepted only from a physician with a reason. */
function requireDoseAcceptable(current: EpisodeView, cells: number, overrideReason: string | undefined, member: StaffMember): void {
  if (!current.product) return;
  const check = checkDose(current.product.dose, cells, current.admission.weightKg);
  if (check.withinRule) return;
  if (!overrideReason) {
    const said = message('said.dose.overrideNeeded', { check: check.sentence });
    throw new StationError('invalid_input', `infusion.cellsInfused: ${english(said)}`, { said });
  }
  if (member.role !== 'physician') {
    const said = message('said.dose.physicianOnly', { check: check.sentence });
    throw new StationError('forbidden', english(said), { said });
  }
}

function validateCorrection(kind: string, data: unknown): unknown {
  if (kind.startsWith(EVENT_KIND_PREFIX)) return validateEventCorrection(kind, data);
  const schema = (CHECKLIST_ITEM_KINDS as readonly string[]).includes(kind) ? CHECKLIST_ITEMS[kind as ChecklistItemKind] : kind === INFUSION_KIND ? infusionSchema : null;
  if (!schema) throw new StationError('invalid_input', `entryId: entries of kind "${kind}" are corrected through their own form.`);
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new StationError('invalid_input', describeZodError(parsed.error, 'data'));
  return parsed.data;
}

/** A documented event is corrected with an event of the same kind (its source stays who documented it). */
function validateEventCorrection(kind: string, data: unknown): unknown {
  const parsed = documentedEventSchema.safeParse(data);
  if (!parsed.success) throw new StationError('invalid_input', describeZodError(parsed.error, 'data'));
  if (`${EVENT_KIND_PREFIX}${parsed.data.kind}` !== kind) throw new StationError('invalid_input', `data.kind: a ${kind.slice(EVENT_KIND_PREFIX.length)} entry is corrected with the same kind.`);
  return parsed.data;
}
