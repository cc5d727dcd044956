import { gradeQuiz, parseQuiz, type Question, type QuestionAnswer } from '../../../../src/content/quiz';

/** Questions from GIFT text that must parse without problems. */
function quiz(gift: string): Question[] {
  const { questions, problems } = parseQuiz(gift, { file: 'lessons/quiz.md', firstLine: 1 });
  expect(problems).toEqual([]);
  return questions;
}

/** Grades the only question of a one-question quiz. */
function gradeOne(gift: string, answer: QuestionAnswer | undefined) {
  const questions = quiz(gift);
  const id = questions[0]?.id ?? '';
  const grade = gradeQuiz(questions, answer === undefined ? {} : { [id]: answer });
  expect(grade.questions).toHaveLength(1);
  return grade.questions[0]!;
}

const SENSOR = String.raw`::sensor-role:: Which device turns a physical quantity into an electrical signal? {
  =A sensor #Right\: a sensor measures.
  ~%50%A smart sensor hub #Partly.
  ~An actuator #No\: an actuator acts on the world.
  ~%-50%A gateway #No\: a gateway forwards data.
}`;

describe('gradeQuiz › single choice', () => {
  it('gives full marks for the right choice, with its feedback and the right answer in words', () => {
    expect(gradeOne(SENSOR, { kind: 'single', choice: 0 })).toEqual({
      questionId: 'sensor-role',
      score: 1,
      points: 1,
      earned: 1,
      correct: true,
      feedback: ['Right: a sensor measures.'],
      rightAnswer: 'A sensor',
    });
  });

  it('gives nothing for a wrong choice, with its feedback', () => {
    expect(gradeOne(SENSOR, { kind: 'single', choice: 2 })).toMatchObject({
      score: 0,
      correct: false,
      feedback: ['No: an actuator acts on the world.'],
    });
  });

  it("gives a partially right choice's weight", () => {
    expect(gradeOne(SENSOR, { kind: 'single', choice: 1 })).toMatchObject({
      score: 0.5,
      earned: 0.5,
      correct: 'partial',
    });
  });

  it('clamps a negative choice weight to zero', () => {
    expect(gradeOne(SENSOR, { kind: 'single', choice: 3 })).toMatchObject({ score: 0, earned: 0, correct: false });
  });
});

const LPWAN = `::lpwan:: Which of these are low-power wide-area network technologies? {
  ~%50%LoRaWAN #Yes.
  ~%50%NB-IoT
  ~%-100%Bluetooth Classic #Short range.
}`;

describe('gradeQuiz › multiple choice with weights', () => {
  it('sums the chosen weights', () => {
    expect(gradeOne(LPWAN, { kind: 'multiple', choices: [0, 1] })).toMatchObject({
      score: 1,
      correct: true,
      rightAnswer: 'LoRaWAN · NB-IoT',
    });
    expect(gradeOne(LPWAN, { kind: 'multiple', choices: [1] })).toMatchObject({ score: 0.5, correct: 'partial' });
  });

  it('clamps a sum below zero to zero: right and wrong choices together earn nothing', () => {
    expect(gradeOne(LPWAN, { kind: 'multiple', choices: [0, 2] })).toMatchObject({
      score: 0,
      correct: false,
      feedback: ['Yes.', 'Short range.'],
    });
  });

  it('clamps weights summing over 100% to full marks', () => {
    const gift = '::over:: Pick. {~%60%a ~%60%b ~%60%c ~d}';
    expect(gradeOne(gift, { kind: 'multiple', choices: [0, 1, 2] })).toMatchObject({ score: 1, earned: 1 });
  });

  it('counts a choice sent twice once', () => {
    expect(gradeOne(LPWAN, { kind: 'multiple', choices: [0, 0] })).toMatchObject({ score: 0.5 });
  });

  it('treats three weights of 33.33333% as full marks, not 0.9999999', () => {
    const gift = '::thirds:: Pick. {~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-100%d}';
    expect(gradeOne(gift, { kind: 'multiple', choices: [0, 1, 2] })).toMatchObject({ score: 1, correct: true });
  });
});

describe('gradeQuiz › true/false', () => {
  const gift = '::pubsub:: MQTT uses publish/subscribe. {T#No, it does use a broker.#Yes, through a broker.}';

  it('gives full marks and the right-answer feedback for the right value', () => {
    expect(gradeOne(gift, { kind: 'truefalse', value: true })).toMatchObject({
      score: 1,
      feedback: ['Yes, through a broker.'],
      rightAnswer: 'True',
    });
  });

  it('gives nothing and the wrong-answer feedback for the other value', () => {
    expect(gradeOne(gift, { kind: 'truefalse', value: false })).toMatchObject({
      score: 0,
      feedback: ['No, it does use a broker.'],
    });
  });
});

describe('gradeQuiz › short answer', () => {
  const coap = '::coap:: CoAP stands for Constrained {=Application =%50%App #Abbreviated.} Protocol.';

  it('ignores case and surrounding and repeated spaces', () => {
    expect(gradeOne(coap, { kind: 'short', text: '  APPLICATION ' })).toMatchObject({ score: 1, correct: true });
    const nobody = "::grant:: Who is buried in Grant's tomb? {=no one}";
    expect(gradeOne(nobody, { kind: 'short', text: 'No    one' })).toMatchObject({ score: 1 });
  });

  it("gives the matched answer's weight and feedback", () => {
    expect(gradeOne(coap, { kind: 'short', text: 'app' })).toMatchObject({
      score: 0.5,
      correct: 'partial',
      feedback: ['Abbreviated.'],
      rightAnswer: 'Application',
    });
  });

  it('keeps accents significant: "cafe" is not "Café", but "CAFÉ" is', () => {
    const cafe = '::cafe:: Where do you drink an espresso? {=Café}';
    expect(gradeOne(cafe, { kind: 'short', text: 'cafe' })).toMatchObject({ score: 0, correct: false });
    expect(gradeOne(cafe, { kind: 'short', text: 'CAFÉ' })).toMatchObject({ score: 1 });
  });

  it('matches an accent typed as a combining character (NFC normalisation)', () => {
    const cafe = '::cafe:: Where do you drink an espresso? {=Café}';
    expect(gradeOne(cafe, { kind: 'short', text: 'Cafe\u0301' })).toMatchObject({ score: 1 });
  });

  it('gives nothing for an answer that is not accepted', () => {
    expect(gradeOne(coap, { kind: 'short', text: 'Applied' })).toMatchObject({ score: 0, feedback: [] });
  });
});

describe('gradeQuiz › numerical', () => {
  const pi = '::pi:: Pi to two decimals? {#3.14:0.01}';

  it('accepts a number exactly at either tolerance boundary', () => {
    expect(gradeOne(pi, { kind: 'numerical', value: 3.15 })).toMatchObject({ score: 1, rightAnswer: '3.14 ± 0.01' });
    expect(gradeOne(pi, { kind: 'numerical', value: 3.13 })).toMatchObject({ score: 1 });
  });

  it('refuses a number just outside the tolerance', () => {
    expect(gradeOne(pi, { kind: 'numerical', value: 3.1501 })).toMatchObject({ score: 0 });
    expect(gradeOne(pi, { kind: 'numerical', value: 3.1299 })).toMatchObject({ score: 0 });
  });

  it('accepts only the exact number when there is no tolerance', () => {
    const port = '::port:: The default MQTT port? {#1883}';
    expect(gradeOne(port, { kind: 'numerical', value: 1883 })).toMatchObject({ score: 1, rightAnswer: '1883' });
    expect(gradeOne(port, { kind: 'numerical', value: 1883.001 })).toMatchObject({ score: 0 });
  });

  it('accepts both ends of a range and refuses what lies outside', () => {
    const range = '::die:: A number on a die? {#1..6}';
    expect(gradeOne(range, { kind: 'numerical', value: 1 })).toMatchObject({ score: 1, rightAnswer: '1 … 6' });
    expect(gradeOne(range, { kind: 'numerical', value: 6 })).toMatchObject({ score: 1 });
    expect(gradeOne(range, { kind: 'numerical', value: 0.999 })).toMatchObject({ score: 0 });
    expect(gradeOne(range, { kind: 'numerical', value: 6.001 })).toMatchObject({ score: 0 });
  });

  it('gives the best weight among matching answers, with its feedback', () => {
    const year = '::year:: When was MQTT created? {# =1999 #Exactly. =%50%1999:2 #Close. ~2010 #No.}';
    expect(gradeOne(year, { kind: 'numerical', value: 1999 })).toMatchObject({ score: 1, feedback: ['Exactly.'] });
    expect(gradeOne(year, { kind: 'numerical', value: 2001 })).toMatchObject({ score: 0.5, feedback: ['Close.'] });
    expect(gradeOne(year, { kind: 'numerical', value: 2010 })).toMatchObject({ score: 0, feedback: ['No.'] });
  });
});

describe('gradeQuiz › matching', () => {
  // Options are sorted: 0 Application, 1 Business (a distractor), 2 Network, 3 Perception.
  const layers = `::layers:: Match each device to its layer. {
  =Temperature sensor -> Perception
  =LoRa gateway -> Network
  =Dashboard -> Application
  = -> Business
}`;

  it('gives the share of items matched to their right-hand text', () => {
    const grade = gradeOne(layers, { kind: 'matching', matches: [3, 2, 1] });
    expect(grade.score).toBeCloseTo(2 / 3, 6);
    expect(grade.correct).toBe('partial');
    expect(grade.rightAnswer).toBe(
      'Temperature sensor → Perception · LoRa gateway → Network · Dashboard → Application',
    );
  });

  it('gives full marks when every item is matched, and counts unanswered items as wrong', () => {
    expect(gradeOne(layers, { kind: 'matching', matches: [3, 2, 0] })).toMatchObject({ score: 1, correct: true });
    expect(gradeOne(layers, { kind: 'matching', matches: [3, null, null] }).score).toBeCloseTo(1 / 3, 6);
  });
});

describe('gradeQuiz › unanswered questions and totals', () => {
  const gift = `${SENSOR}\n\n${LPWAN}\n\n::gw:: A gateway forwards data. {T####Gateways bridge networks.}`;

  it('gives nothing for unanswered questions, but still shows general feedback and the right answer', () => {
    const grade = gradeQuiz(quiz(gift), {});
    expect(grade).toMatchObject({ earned: 0, possible: 3, share: 0 });
    expect(grade.questions.map((q) => [q.questionId, q.score, q.correct, q.feedback, q.rightAnswer])).toEqual([
      ['sensor-role', 0, false, [], 'A sensor'],
      ['lpwan', 0, false, [], 'LoRaWAN · NB-IoT'],
      ['gw', 0, false, ['Gateways bridge networks.'], 'True'],
    ]);
  });

  it('adds up points earned across questions into the share of the quiz', () => {
    const grade = gradeQuiz(quiz(gift), {
      'sensor-role': { kind: 'single', choice: 0 },
      lpwan: { kind: 'multiple', choices: [1] },
      gw: { kind: 'truefalse', value: false },
    });
    expect(grade).toMatchObject({ earned: 1.5, possible: 3, share: 0.5 });
  });

  it('treats an answer of the wrong kind as unanswered and ignores answers to unknown questions', () => {
    const grade = gradeQuiz(quiz(gift), {
      'sensor-role': { kind: 'truefalse', value: true },
      ghost: { kind: 'single', choice: 0 },
    });
    expect(grade).toMatchObject({ earned: 0, possible: 3 });
  });
});

describe('gradeQuiz › alternates (the same quiz in translations)', () => {
  const english = '::coap:: CoAP stands for Constrained {=Application #Right.} Protocol.';
  const spanish = '::coap:: CoAP significa Constrained {=Aplicación #¡Correcto!} Protocol.';

  it('accepts the accepted answer of a translation, graded against the quiz the learner read', () => {
    const grade = gradeQuiz(quiz(english), { coap: { kind: 'short', text: 'aplicación' } }, [quiz(spanish)]);
    expect(grade.questions[0]).toMatchObject({ score: 1, correct: true, feedback: ['Right.'] });
  });

  it('does not accept it without alternates, nor without its accent', () => {
    expect(gradeQuiz(quiz(english), { coap: { kind: 'short', text: 'aplicación' } }).earned).toBe(0);
    expect(gradeQuiz(quiz(english), { coap: { kind: 'short', text: 'aplicacion' } }, [quiz(spanish)]).earned).toBe(0);
  });
});
