// Which of the required sections a postmortem has, lacks, or has with nothing in them: the one
// answer the required-sections rule, the Sections view, heading completion and the eval all read.
import type { SectionKind } from '../vocabulary/terms';
import type { Section } from './types';

/**
 * The section kinds that meet a requirement for `kind`. A Trigger section meets a required root
 * cause: many real postmortems name their cause section `Trigger` (see the corpus's notes), and
 * human-error-root-cause reads it as one. The reverse does not hold: a required trigger needs its own.
 */
export function kindsSatisfying(kind: SectionKind): readonly SectionKind[] {
  return kind === 'root-cause' ? ['root-cause', 'trigger'] : [kind];
}

export type RequiredSectionState<S> =
  | { readonly kind: SectionKind; readonly state: 'missing' }
  | {
      readonly kind: SectionKind;
      readonly state: 'empty' | 'present' /** The sections that meet the requirement, in document order. */;
      readonly sections: readonly S[];
    };

/**
 * Each required kind once, in the configuration's order, with its state: missing (no section of a
 * kind that meets it, at any level), empty (every such section has no text) or present.
 */
export function requiredSectionStates<S extends Pick<Section, 'kind' | 'alsoKinds' | 'empty'>>(
  sections: readonly S[],
  required: readonly SectionKind[],
): RequiredSectionState<S>[] {
  const states: RequiredSectionState<S>[] = [];
  for (const kind of new Set(required)) {
    if (kind === 'other') continue;
    const kinds = kindsSatisfying(kind);
    const meeting = sections.filter(
      (section) => kinds.includes(section.kind) || section.alsoKinds?.some((also) => kinds.includes(also)),
    );
    if (meeting.length === 0) states.push({ kind, state: 'missing' });
    else
      states.push({ kind, state: meeting.every((section) => section.empty) ? 'empty' : 'present', sections: meeting });
  }
  return states;
}

/** The required section kinds the document lacks, in the configuration's order. */
export function missingSections(
  sections: readonly Pick<Section, 'kind' | 'alsoKinds' | 'empty'>[],
  required: readonly SectionKind[],
): SectionKind[] {
  return requiredSectionStates(sections, required)
    .filter((state) => state.state === 'missing')
    .map((state) => state.kind);
}
