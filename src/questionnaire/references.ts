/**
 * Cross-reference checks that a schema alone cannot express: unique ids,
 * conditions and option sources that resolve, conditions that only look back
 * (a step never depends on an answer the user has not reached yet), scales
 * with scores, tags from the known vocabulary, and a framework whose criteria
 * each belong to exactly one recommendation.
 */
import type { Condition, Framework, QuestionnaireFile } from './schema';
import type { Problem } from './problems';
import { allQuestions, staticOptions, type Located } from './walk';
import { OPTION_TAGS, QUESTION_TAGS } from './tags';

function conditionRefs(c: Condition): Array<{ question: string; options: string[] }> {
  if ('all' in c) return c.all.flatMap(conditionRefs);
  if ('any' in c) return c.any.flatMap(conditionRefs);
  if ('not' in c) return conditionRefs(c.not);
  if ('equals' in c) return [{ question: c.question, options: [c.equals] }];
  if ('in' in c) return [{ question: c.question, options: c.in }];
  if ('includes' in c) return [{ question: c.question, options: [c.includes] }];
  return [{ question: c.question, options: [] }];
}

/** Problems with the references inside one questionnaire file. */
export function checkQuestionnaireReferences(
  file: QuestionnaireFile,
  framework: Framework,
): Problem[] {
  const problems: Problem[] = [];
  const located = allQuestions(file);
  const order = new Map(located.map((l, i) => [l.question.id, i]));
  const byId = new Map(located.map((l) => [l.question.id, l]));

  if (file.framework !== framework.id) {
    problems.push({ code: 'ref.framework', path: '$.framework', params: { id: file.framework } });
  }

  // Ids: steps, questions and fields share one space; criteria are reserved too.
  const seen = new Set<string>(framework.recommendations.flatMap((r) => r.criteria.map((c) => c.id)));
  file.steps.forEach((step, s) => {
    if (seen.has(step.id)) problems.push({ code: 'id.duplicate', path: `$.steps[${s}].id`, params: { id: step.id } });
    seen.add(step.id);
  });
  for (const l of located) {
    if (seen.has(l.question.id)) {
      problems.push({ code: 'id.duplicate', path: `${l.path}.id`, params: { id: l.question.id } });
    }
    seen.add(l.question.id);
  }
  // Former ids stay reserved: an answer saved under one must point at exactly one question.
  for (const l of located) {
    l.question.formerIds?.forEach((id, i) => {
      if (seen.has(id)) problems.push({ code: 'id.duplicate', path: `${l.path}.formerIds[${i}]`, params: { id } });
      seen.add(id);
    });
  }

  const checkCondition = (cond: Condition, path: string, position: number) => {
    for (const ref of conditionRefs(cond)) {
      const target = byId.get(ref.question);
      if (!target) {
        problems.push({ code: 'ref.question', path, params: { id: ref.question } });
        continue;
      }
      if ((order.get(ref.question) ?? 0) >= position) {
        problems.push({ code: 'ref.later', path, params: { id: ref.question } });
      }
      const options = staticOptions(file, target.question);
      for (const option of ref.options) {
        if (options && !options.some((o) => o.id === option)) {
          problems.push({ code: 'ref.option', path, params: { id: option, question: ref.question } });
        }
      }
    }
  };

  const isGroup = (id: string) => byId.get(id)?.question.type === 'group';

  file.steps.forEach((step, s) => {
    const path = `$.steps[${s}]`;
    const first = located.findIndex((l) => l.step === step);
    if (step.showIf) checkCondition(step.showIf, `${path}.showIf`, first === -1 ? located.length : first);
    if (step.kind === 'per-item') {
      if (!isGroup(step.of)) problems.push({ code: 'ref.group', path: `${path}.of`, params: { id: step.of } });
      else if ((order.get(step.of) ?? 0) >= first) {
        problems.push({ code: 'ref.later', path: `${path}.of`, params: { id: step.of } });
      }
    }
    if (step.kind === 'recommendation-check' && !file.optionSets[step.scale]) {
      problems.push({ code: 'ref.option-set', path: `${path}.scale`, params: { id: step.scale } });
    }
  });

  for (const l of located) problems.push(...checkQuestion(file, l, order, checkCondition, isGroup));
  problems.push(...checkTags(file));
  return problems;
}

function checkQuestion(
  file: QuestionnaireFile,
  l: Located,
  order: Map<string, number>,
  checkCondition: (c: Condition, path: string, position: number) => void,
  isGroup: (id: string) => boolean,
): Problem[] {
  const problems: Problem[] = [];
  const q = l.question;
  const position = order.get(q.id) ?? 0;
  if (q.showIf) checkCondition(q.showIf, `${l.path}.showIf`, position);
  // A refusal looks at answers given before the question, like a show-if.
  (staticOptions(file, q) ?? []).forEach((o, i) => {
    if (o.refusedIf) checkCondition(o.refusedIf, Array.isArray((q as { options?: unknown }).options) ? `${l.path}.options[${i}].refusedIf` : `${l.path}.options`, position);
  });
  if ('options' in q) {
    const source = q.options;
    if (typeof source === 'string' && !file.optionSets[source]) {
      problems.push({ code: 'ref.option-set', path: `${l.path}.options`, params: { id: source } });
    } else if (typeof source === 'object' && !Array.isArray(source)) {
      if (!isGroup(source.fromGroup)) {
        problems.push({ code: 'ref.group', path: `${l.path}.options.fromGroup`, params: { id: source.fromGroup } });
      }
    } else {
      const options = staticOptions(file, q) ?? [];
      const ids = new Set<string>();
      options.forEach((o, i) => {
        if (ids.has(o.id)) problems.push({ code: 'id.duplicate', path: `${l.path}.options[${i}].id`, params: { id: o.id } });
        ids.add(o.id);
      });
      if (q.type === 'scale' && options.some((o) => o.score === undefined && !o.tags?.length)) {
        problems.push({ code: 'scale.score', path: `${l.path}.options`, params: { id: q.id } });
      }
    }
  }
  if (q.type === 'group' && !q.fields.some((f) => f.id === q.itemLabel)) {
    problems.push({ code: 'ref.item-label', path: `${l.path}.itemLabel`, params: { id: q.itemLabel } });
  }
  return problems;
}

function checkTags(file: QuestionnaireFile): Problem[] {
  const problems: Problem[] = [];
  for (const l of allQuestions(file)) {
    l.question.tags?.forEach((tag, i) => {
      if (!(tag in QUESTION_TAGS)) problems.push({ code: 'tag.unknown', path: `${l.path}.tags[${i}]`, params: { tag } });
    });
    if ('options' in l.question && Array.isArray(l.question.options)) {
      l.question.options.forEach((o, oi) =>
        o.tags?.forEach((tag, i) => {
          if (!(tag in OPTION_TAGS)) {
            problems.push({ code: 'tag.unknown', path: `${l.path}.options[${oi}].tags[${i}]`, params: { tag } });
          }
        }),
      );
    }
  }
  for (const [set, options] of Object.entries(file.optionSets)) {
    options.forEach((o, oi) =>
      o.tags?.forEach((tag, i) => {
        if (!(tag in OPTION_TAGS)) {
          problems.push({ code: 'tag.unknown', path: `$.optionSets.${set}[${oi}].tags[${i}]`, params: { tag } });
        }
      }),
    );
  }
  return problems;
}

/** Problems inside the recommendation framework itself. */
export function checkFrameworkReferences(framework: Framework): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  framework.recommendations.forEach((r, ri) => {
    if (r.id !== `r${r.number}`) {
      problems.push({ code: 'recommendation.number', path: `$.recommendations[${ri}].number`, params: { id: r.id } });
    }
    r.criteria.forEach((c, ci) => {
      const path = `$.recommendations[${ri}].criteria[${ci}].id`;
      // The prefix ties a criterion to exactly one recommendation, visibly in every answer file.
      if (!c.id.startsWith(`${r.id}.`)) problems.push({ code: 'criterion.prefix', path, params: { id: c.id, recommendation: r.id } });
      if (seen.has(c.id)) problems.push({ code: 'id.duplicate', path, params: { id: c.id } });
      seen.add(c.id);
      c.tags?.forEach((tag, i) => {
        if (!(tag in QUESTION_TAGS) && !(tag in OPTION_TAGS)) {
          problems.push({ code: 'tag.unknown', path: `$.recommendations[${ri}].criteria[${ci}].tags[${i}]`, params: { tag } });
        }
      });
    });
  });
  const numbers = new Set(framework.recommendations.map((r) => r.number));
  if (numbers.size !== 5) problems.push({ code: 'recommendation.number', path: '$.recommendations', params: { id: '*' } });
  return problems;
}
