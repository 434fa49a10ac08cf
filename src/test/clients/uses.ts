// A front end's code over the types GraphQL Code Generator makes from the README's operations (strictScalars, with
// the project's scalar mapping: Date and DateTime are strings, RFC 3339). codegen.test.mjs generates the types and
// runs tsc --noEmit over this file: a change of the API that breaks a README operation's shape breaks this file.
import type { CountryPageQuery, LabourShortfallQuery, Scalars } from './generated/operations';

export function firstFigure(page: CountryPageQuery): string | undefined {
  const first = page.country?.deploymentsFrom.nodes[0];
  const asOf: string | null | undefined = first?.asOf; // a Date is a string: "2025-05-01"
  return first ? `${first.summary} (${first.headcount.text}${asOf ? `, as of ${asOf}` : ''})` : undefined;
}

export function shortfalls(answer: LabourShortfallQuery): string[] {
  return answer.statistics.nodes.map((s) => `${s.value.text} (${s.period.text})`);
}

export const today: Scalars['Date']['output'] = '2025-05-08';
export const now: Scalars['DateTime']['output'] = '2025-05-08T09:30:00Z';
