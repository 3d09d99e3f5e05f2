// `defineCheck`: a review check in the shape of an ESLint rule (`meta` with the message ids, and
// `create`), typed by the data its rule files carry. `create` runs once per rule, so whatever it
// compiles (word patterns, formats) serves every document reviewed with that rule.
import { findingAt } from './findings.js';
import type { CheckDefinition, DocumentCheck, ReviewCheck, Rule, RuleContext } from './types.js';

export function defineCheck<Data, MessageId extends string = never>(definition: CheckDefinition<Data, MessageId>): ReviewCheck & { dataOf(rule: Rule): Data } {
  const { meta } = definition;

  /** The rule's own fields as `Data`: rule-schema.ts let the rule in only if they match `meta.schema`. */
  const dataOf = (rule: Rule): Data => {
    if (rule.kind !== meta.id) throw new Error(`regeln ${rule.id} är av typen ${rule.kind}, inte ${meta.id}`);
    return rule.data as Data;
  };

  const context = (rule: Rule): RuleContext<Data, MessageId> => {
    const message = (messageId?: MessageId): string =>
      messageId === undefined ? rule.message : (rule.messages[messageId] ?? meta.messages[messageId] ?? rule.message);
    return {
      rule,
      data: dataOf(rule),
      finding: (ctx, start, end, options = {}) => {
        const found = findingAt(ctx.lines, rule, start, end, message(options.messageId), options.values, options.expected);
        return options.severity === undefined ? found : { ...found, severity: options.severity };
      },
    };
  };

  const created = new WeakMap<Rule, DocumentCheck>();
  return {
    meta,
    dataOf,
    validate: (rule) => definition.validate?.(dataOf(rule)) ?? [],
    checkFor(rule) {
      let check = created.get(rule);
      if (!check) created.set(rule, (check = definition.create(context(rule))));
      return check;
    },
  };
}
