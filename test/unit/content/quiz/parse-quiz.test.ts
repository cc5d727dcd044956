import { parseQuiz, quizId, type Question } from '../../../../src/content/quiz';

const AT = { file: 'lessons/01-what-is-iot.md', firstLine: 10 };

/** Parses a body that must have no problems at all. */
function parseClean(body: string): Question[] {
  const { questions, problems } = parseQuiz(body, AT);
  expect(problems).toEqual([]);
  return questions;
}

/** The exact example of content-pack-format.md section 4, as a trainer would paste it into a lesson. */
const FORMAT_EXAMPLE = String.raw`// A comment line is ignored.
::sensor-role:: Which device turns a physical quantity into an electrical signal? {
  =A sensor #Right\: a sensor measures.
  ~An actuator #No\: an actuator acts on the world.
  ~A gateway #No\: a gateway forwards data.
}

::mqtt-pubsub:: MQTT uses a publish/subscribe model. {T}

::lpwan:: Which of these are low-power wide-area network technologies? {
  ~%50%LoRaWAN
  ~%50%NB-IoT
  ~%-100%Bluetooth Classic
}

::mqtt-port:: The default port for unencrypted MQTT is {#1883}

::coap:: CoAP stands for Constrained {=Application =application} Protocol.

::match-layers:: Match each device to its layer. {
  =Temperature sensor -> Perception
  =LoRa gateway -> Network
  =Dashboard -> Application
}
`;

describe('parseQuiz › the example of the format page', () => {
  it('reads all six questions in order, with no problem', () => {
    const questions = parseClean(FORMAT_EXAMPLE);
    expect(questions.map((q) => [q.id, q.kind])).toEqual([
      ['sensor-role', 'single'],
      ['mqtt-pubsub', 'truefalse'],
      ['lpwan', 'multiple'],
      ['mqtt-port', 'numerical'],
      ['coap', 'short'],
      ['match-layers', 'matching'],
    ]);
  });

  it('reads a single choice with its right choice, feedback unescaped', () => {
    expect(parseClean(FORMAT_EXAMPLE)[0]).toEqual({
      id: 'sensor-role',
      kind: 'single',
      stem: 'Which device turns a physical quantity into an electrical signal?',
      points: 1,
      choices: [
        { text: 'A sensor', weight: 1, feedback: 'Right: a sensor measures.' },
        { text: 'An actuator', weight: 0, feedback: 'No: an actuator acts on the world.' },
        { text: 'A gateway', weight: 0, feedback: 'No: a gateway forwards data.' },
      ],
    });
  });

  it('reads a true/false question', () => {
    expect(parseClean(FORMAT_EXAMPLE)[1]).toEqual({
      id: 'mqtt-pubsub',
      kind: 'truefalse',
      stem: 'MQTT uses a publish/subscribe model.',
      points: 1,
      answer: true,
    });
  });

  it('reads a multiple choice with weights as fractions, negative ones included', () => {
    expect(parseClean(FORMAT_EXAMPLE)[2]).toEqual({
      id: 'lpwan',
      kind: 'multiple',
      stem: 'Which of these are low-power wide-area network technologies?',
      points: 1,
      choices: [
        { text: 'LoRaWAN', weight: 0.5 },
        { text: 'NB-IoT', weight: 0.5 },
        { text: 'Bluetooth Classic', weight: -1 },
      ],
    });
  });

  it('reads a numerical question as an exact number with no tolerance', () => {
    expect(parseClean(FORMAT_EXAMPLE)[3]).toEqual({
      id: 'mqtt-port',
      kind: 'numerical',
      stem: 'The default port for unencrypted MQTT is',
      points: 1,
      answers: [{ type: 'exact', value: 1883, tolerance: 0, weight: 1 }],
    });
  });

  it('reads a missing-word short answer as the text before and after the blank', () => {
    expect(parseClean(FORMAT_EXAMPLE)[4]).toEqual({
      id: 'coap',
      kind: 'short',
      stem: 'CoAP stands for Constrained',
      stemAfter: 'Protocol.',
      points: 1,
      answers: [
        { text: 'Application', weight: 1 },
        { text: 'application', weight: 1 },
      ],
    });
  });

  it('reads a matching question with its pairs and the right-hand options sorted', () => {
    expect(parseClean(FORMAT_EXAMPLE)[5]).toEqual({
      id: 'match-layers',
      kind: 'matching',
      stem: 'Match each device to its layer.',
      points: 1,
      pairs: [
        { left: 'Temperature sensor', right: 'Perception' },
        { left: 'LoRa gateway', right: 'Network' },
        { left: 'Dashboard', right: 'Application' },
      ],
      options: ['Application', 'Network', 'Perception'],
    });
  });

  it('reads the same questions from a lesson saved with CRLF line endings', () => {
    expect(parseClean(FORMAT_EXAMPLE.replace(/\n/g, '\r\n'))).toEqual(parseClean(FORMAT_EXAMPLE));
  });
});

describe('parseQuiz › the other GIFT forms the format names', () => {
  it('reads {TRUE}, {F} and {FALSE} as true/false questions', () => {
    const questions = parseClean('::a:: Yes. {TRUE}\n\n::b:: No. {F}\n\n::c:: No. {FALSE}');
    expect(questions.map((q) => q.kind === 'truefalse' && q.answer)).toEqual([true, false, false]);
  });

  it("reads true/false feedback in Moodle's order: shown when wrong, then shown when right", () => {
    const [question] = parseClean('::tf:: MQTT has a broker. {T#Think again.#Yes, the broker relays messages.}');
    expect(question).toMatchObject({
      feedbackWhenWrong: 'Think again.',
      feedbackWhenRight: 'Yes, the broker relays messages.',
    });
  });

  it('reads a numerical tolerance and an inclusive range', () => {
    const questions = parseClean('::pi:: Pi to two decimals? {#3.14:0.01}\n\n::dice:: A number on a die? {#1..6}');
    expect(questions.map((q) => q.kind === 'numerical' && q.answers)).toEqual([
      [{ type: 'exact', value: 3.14, tolerance: 0.01, weight: 1 }],
      [{ type: 'range', min: 1, max: 6, weight: 1 }],
    ]);
  });

  it('reads several numerical answers with partial weights and feedback', () => {
    const [question] = parseClean('::year:: When was MQTT created? {# =1999 =%50%1999:2 #Close. ~2010 #No.}');
    expect(question).toMatchObject({
      kind: 'numerical',
      answers: [
        { type: 'exact', value: 1999, tolerance: 0, weight: 1 },
        { type: 'exact', value: 1999, tolerance: 2, weight: 0.5, feedback: 'Close.' },
        { type: 'exact', value: 2010, tolerance: 0, weight: 0, feedback: 'No.' },
      ],
    });
  });

  it('reads a missing-word single choice with the text after the blank', () => {
    const [question] = parseClean('::grant:: Grant is {~buried =entombed ~living} in his tomb.');
    expect(question).toMatchObject({ kind: 'single', stem: 'Grant is', stemAfter: 'in his tomb.' });
  });

  it('reads short answers with partial weights and per-answer feedback', () => {
    const [question] = parseClean('::colour:: Spell it the British way. {=colour #Right. =%50%color #US spelling.}');
    expect(question).toMatchObject({
      kind: 'short',
      answers: [
        { text: 'colour', weight: 1, feedback: 'Right.' },
        { text: 'color', weight: 0.5, feedback: 'US spelling.' },
      ],
    });
  });

  it('keeps general feedback after ####', () => {
    const [question] = parseClean('::gw:: A gateway forwards data. {T####Gateways bridge networks.}');
    expect(question).toMatchObject({ generalFeedback: 'Gateways bridge networks.' });
  });

  it('adds distractors (= -> x) to the options without making them items', () => {
    const [question] = parseClean('::m:: Match. {=Sensor -> Perception =Gateway -> Network = -> Business}');
    expect(question).toMatchObject({
      pairs: [
        { left: 'Sensor', right: 'Perception' },
        { left: 'Gateway', right: 'Network' },
      ],
      options: ['Business', 'Network', 'Perception'],
    });
  });

  it('lists a right-hand text shared by two items once among the options', () => {
    const [question] = parseClean('::m:: Match. {=Thermometer -> Sensor =Hygrometer -> Sensor =Relay -> Actuator}');
    expect(question).toMatchObject({ options: ['Actuator', 'Sensor'] });
  });
});

describe('parseQuiz › text', () => {
  it('decodes the escapes \\: \\~ \\= \\# \\{ \\} in stems, choices and feedback', () => {
    const [question] = parseClean(
      String.raw`::esc:: Ratio 1\:2, \{a\}, \~x, a\=b, \#1? {=yes\: really #ok\: \{fine\} ~no}`,
    );
    expect(question).toMatchObject({
      stem: 'Ratio 1:2, {a}, ~x, a=b, #1?',
      choices: [{ text: 'yes: really', feedback: 'ok: {fine}' }, { text: 'no' }],
    });
  });

  it('decodes escapes on the right-hand side of matching pairs (gift-pegjs leaves them encoded)', () => {
    const [question] = parseClean(String.raw`::m:: Match. {=Port -> TCP\: 1883 =Hash -> \#tag}`);
    expect(question).toMatchObject({ pairs: [{ right: 'TCP: 1883' }, { right: '#tag' }] });
  });

  it('collapses line breaks and runs of spaces in a stem written over several lines', () => {
    const [question] = parseClean('::long:: Which of these\n   is a sensor? {=Thermometer ~Relay}');
    expect(question?.stem).toBe('Which of these is a sensor?');
  });

  it('drops a [markdown] prefix and keeps the text as plain text', () => {
    const [question] = parseClean('::md:: [markdown]Is **this** a sensor?\nA thermometer. {T}');
    expect(question?.stem).toBe('Is **this** a sensor? A thermometer.');
  });

  it('keeps [html] text literally, tags included', () => {
    const { questions } = parseQuiz('::h:: [html]Is <b>this</b> a sensor? {T}', AT);
    expect(questions[0]?.stem).toBe('Is <b>this</b> a sensor?');
  });

  it('ignores comment lines between and inside questions', () => {
    const questions = parseClean('// intro\n::a:: Q? {\n// the right one\n=yes\n~no\n}\n// between\n\n::b:: R? {F}');
    expect(questions.map((q) => q.id)).toEqual(['a', 'b']);
    expect(questions[0]).toMatchObject({ choices: [{ text: 'yes' }, { text: 'no' }] });
  });
});

describe('quizId', () => {
  it('is the id of the first question, which never changes once published', () => {
    expect(quizId(parseClean(FORMAT_EXAMPLE))).toBe('sensor-role');
  });

  it('is null for a quiz without questions', () => {
    expect(quizId([])).toBeNull();
  });
});
