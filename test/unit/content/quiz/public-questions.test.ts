import { parseQuiz, toPublicQuestions, type Question } from '../../../../src/content/quiz';

function quiz(gift: string): Question[] {
  const { questions, problems } = parseQuiz(gift, { file: 'lessons/quiz.md', firstLine: 1 });
  expect(problems).toEqual([]);
  return questions;
}

const EVERY_KIND = String.raw`::sensor-role:: Which device measures? {
  =A sensor #SECRET-FEEDBACK-1
  ~An actuator #SECRET-FEEDBACK-2
}

::pubsub:: MQTT uses publish/subscribe. {T#SECRET-FEEDBACK-3#SECRET-FEEDBACK-4####SECRET-GENERAL-5}

::lpwan:: Which are LPWAN? {
  ~%50%LoRaWAN #SECRET-FEEDBACK-6
  ~%50%NB-IoT
  ~%-100%Bluetooth Classic
}

::port:: The default MQTT port is {#=8883.5:0.25 #SECRET-FEEDBACK-7 ~%50%4242.5 #SECRET-FEEDBACK-8}

::range:: A number between {#7777..9999}

::coap:: CoAP stands for Constrained {=Secretapplication #SECRET-FEEDBACK-9 =Othersecret} Protocol.

::layers:: Match each device to its layer. {
  =Temperature sensor -> Perception
  =LoRa gateway -> Network
  =Dashboard -> Application
}`;

describe('toPublicQuestions', () => {
  it('keeps ids, kinds, stems and the texts a learner chooses from, with their indexes', () => {
    expect(toPublicQuestions(quiz(EVERY_KIND))).toEqual([
      {
        id: 'sensor-role',
        kind: 'single',
        stem: 'Which device measures?',
        points: 1,
        choices: [
          { index: 0, text: 'A sensor' },
          { index: 1, text: 'An actuator' },
        ],
      },
      { id: 'pubsub', kind: 'truefalse', stem: 'MQTT uses publish/subscribe.', points: 1 },
      {
        id: 'lpwan',
        kind: 'multiple',
        stem: 'Which are LPWAN?',
        points: 1,
        choices: [
          { index: 0, text: 'LoRaWAN' },
          { index: 1, text: 'NB-IoT' },
          { index: 2, text: 'Bluetooth Classic' },
        ],
      },
      { id: 'port', kind: 'numerical', stem: 'The default MQTT port is', points: 1 },
      { id: 'range', kind: 'numerical', stem: 'A number between', points: 1 },
      { id: 'coap', kind: 'short', stem: 'CoAP stands for Constrained', stemAfter: 'Protocol.', points: 1 },
      {
        id: 'layers',
        kind: 'matching',
        stem: 'Match each device to its layer.',
        points: 1,
        items: [
          { index: 0, text: 'Temperature sensor' },
          { index: 1, text: 'LoRa gateway' },
          { index: 2, text: 'Dashboard' },
        ],
        options: [
          { index: 0, text: 'Application' },
          { index: 1, text: 'Network' },
          { index: 2, text: 'Perception' },
        ],
      },
    ]);
  });

  it('contains no feedback, accepted answers, numbers, tolerances, ranges or weights once serialised', () => {
    const page = JSON.stringify(toPublicQuestions(quiz(EVERY_KIND)));
    const secrets = ['SECRET', 'Secretapplication', 'Othersecret', '8883', '0.25', '4242', '7777', '9999', 'weight'];
    for (const secret of secrets) expect(page).not.toContain(secret);
    for (const field of ['"answer"', '"answers"', '"pairs"', '"feedback', '"tolerance"', '"generalFeedback"']) {
      expect(page).not.toContain(field);
    }
  });

  it('does not reveal which item a right-hand option belongs to: options come sorted, not in pair order', () => {
    const [layers] = toPublicQuestions(quiz('::m:: Match. {=Zeta -> Zulu =Alpha -> Yankee =Mike -> Alpha}'));
    expect(layers).toMatchObject({
      items: [{ text: 'Zeta' }, { text: 'Alpha' }, { text: 'Mike' }],
      options: [{ text: 'Alpha' }, { text: 'Yankee' }, { text: 'Zulu' }],
    });
  });
});
