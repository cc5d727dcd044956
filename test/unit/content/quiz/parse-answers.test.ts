import { answerFieldName, gradeQuiz, parseAnswers, parseQuiz, type Question } from '../../../../src/content/quiz';

function quiz(gift: string): Question[] {
  const { questions, problems } = parseQuiz(gift, { file: 'lessons/quiz.md', firstLine: 1 });
  expect(problems).toEqual([]);
  return questions;
}

const QUIZ = `::role:: Which device measures? {=A sensor ~An actuator ~A gateway}

::pubsub:: MQTT uses publish/subscribe. {T}

::lpwan:: Which are LPWAN? {~%50%LoRaWAN ~%50%NB-IoT ~%-100%Bluetooth Classic}

::pi:: Pi to two decimals? {#3.14:0.01}

::coap:: CoAP stands for Constrained {=Application} Protocol.

::layers:: Match. {=Temperature sensor -> Perception =LoRa gateway -> Network =Dashboard -> Application}`;

describe('parseAnswers › a form our page can send', () => {
  it('reads one field per question into typed answers, ignoring fields that are not answers', () => {
    const result = parseAnswers(quiz(QUIZ), {
      _csrf: 'token',
      'q.role': '0',
      'q.pubsub': 'false',
      'q.lpwan': ['0', '1'],
      'q.pi': '3.14',
      'q.coap': '  Application ',
      'q.layers.0': '2',
      'q.layers.2': '0',
    });
    expect(result).toEqual({
      ok: true,
      answers: {
        role: { kind: 'single', choice: 0 },
        pubsub: { kind: 'truefalse', value: false },
        lpwan: { kind: 'multiple', choices: [0, 1] },
        pi: { kind: 'numerical', value: 3.14 },
        coap: { kind: 'short', text: 'Application' },
        layers: { kind: 'matching', matches: [2, null, 0] },
      },
    });
  });

  it('reads a single check box sent as one value', () => {
    expect(parseAnswers(quiz(QUIZ), { 'q.lpwan': '1' })).toEqual({
      ok: true,
      answers: { lpwan: { kind: 'multiple', choices: [1] } },
    });
  });

  it('accepts a decimal comma, and grades "3,15" as right within the tolerance', () => {
    const questions = quiz(QUIZ);
    const result = parseAnswers(questions, { 'q.pi': '3,15' });
    expect(result).toEqual({ ok: true, answers: { pi: { kind: 'numerical', value: 3.15 } } });
    if (!result.ok) return;
    expect(gradeQuiz(questions, result.answers).questions.find((q) => q.questionId === 'pi')?.score).toBe(1);
  });

  it('treats missing fields and empty values as unanswered', () => {
    expect(parseAnswers(quiz(QUIZ), { 'q.role': '', 'q.coap': '   ', 'q.pi': '' })).toEqual({ ok: true, answers: {} });
  });

  it('names fields the way views write them', () => {
    expect(answerFieldName('role')).toBe('q.role');
    expect(answerFieldName('layers', 2)).toBe('q.layers.2');
  });
});

describe('parseAnswers › forged or broken forms are refused with quiz.invalid-answer', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['a choice index out of range', { 'q.role': '3' }, 'role'],
    ['a negative choice index', { 'q.role': '-1' }, 'role'],
    ['a choice that is not an index', { 'q.role': 'A sensor' }, 'role'],
    ['two values for a single choice', { 'q.role': ['0', '1'] }, 'role'],
    ['a true/false value other than true or false', { 'q.pubsub': 'yes' }, 'pubsub'],
    ['a check box index out of range', { 'q.lpwan': ['0', '7'] }, 'lpwan'],
    ['the same check box twice', { 'q.lpwan': ['0', '0'] }, 'lpwan'],
    ['a non-number for a numerical question', { 'q.pi': 'three' }, 'pi'],
    ['a number with two decimal separators', { 'q.pi': '3.1.4' }, 'pi'],
    ['a short answer longer than 500 characters', { 'q.coap': 'a'.repeat(501) }, 'coap'],
    ['a matching item index out of range', { 'q.layers.3': '0' }, 'layers'],
    ['a matching option index out of range', { 'q.layers.0': '3' }, 'layers'],
    ['a matching answer without an item index', { 'q.layers': '0' }, 'layers'],
    ['an item index on a question that is not matching', { 'q.role.0': '0' }, 'role'],
    ['a value for a question not in the quiz', { 'q.ghost': '0' }, 'ghost'],
    ['a nested object instead of text', { 'q.coap': { $ne: '' } }, 'coap'],
  ];

  it.each(cases)('refuses %s', (_what, form, questionId) => {
    expect(parseAnswers(quiz(QUIZ), form)).toEqual({
      ok: false,
      errors: [{ questionId, code: 'quiz.invalid-answer' }],
    });
  });

  it('lists every question with a bad value, once each', () => {
    const result = parseAnswers(quiz(QUIZ), { 'q.role': '9', 'q.layers.0': '9', 'q.layers.1': '9', 'q.pi': '3' });
    expect(result).toEqual({
      ok: false,
      errors: [
        { questionId: 'role', code: 'quiz.invalid-answer' },
        { questionId: 'layers', code: 'quiz.invalid-answer' },
      ],
    });
  });
});
