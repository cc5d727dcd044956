import { compareQuizStructure, parseQuiz, type Question } from '../../../../src/content/quiz';

function quiz(gift: string): Question[] {
  const { questions, problems } = parseQuiz(gift, { file: 'lessons/quiz.md', firstLine: 1 });
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return questions;
}

const AT = { file: 'translations/el/lessons/01-what-is-iot.md', line: 14 };

/** Compares a translation with the source and returns the messages, after checking code and location. */
function mismatches(source: string, translated: string): string[] {
  return compareQuizStructure(quiz(source), quiz(translated), AT).map((p) => {
    expect(p).toMatchObject({
      code: 'translation.structure-mismatch',
      file: AT.file,
      line: 14,
      column: null,
      severity: 'error',
    });
    return p.message;
  });
}

const SOURCE = `::role:: Which device measures? {=A sensor #Right. ~An actuator ~A gateway}

::pubsub:: MQTT uses publish/subscribe. {T}

::lpwan:: Which are LPWAN? {~%50%LoRaWAN ~%50%NB-IoT ~%-100%Bluetooth Classic}

::pi:: Pi to two decimals? {#3.14:0.01}

::dice:: A number on a die? {#1..6}

::coap:: CoAP stands for Constrained {=Application =%50%App} Protocol.

::layers:: Match. {=Temperature sensor -> Perception =LoRa gateway -> Network =Dashboard -> Application}`;

const GREEK = `::role:: Ποια συσκευή μετρά; {=Ένας αισθητήρας #Σωστά. ~Ένας ενεργοποιητής ~Μια πύλη}

::pubsub:: Το MQTT χρησιμοποιεί δημοσίευση/συνδρομή. {T}

::lpwan:: Ποιες είναι LPWAN; {~%50%LoRaWAN ~%50%NB-IoT ~%-100%Bluetooth Classic}

::pi:: Το π με δύο δεκαδικά; {#3.14:0.01}

::dice:: Ένας αριθμός ζαριού; {#1..6}

::coap:: Το CoAP σημαίνει Constrained {=Εφαρμογή =%50%Εφαρμ} Protocol.

::layers:: Αντιστοιχίστε. {=Αισθητήρας θερμοκρασίας -> Αντίληψη =Πύλη LoRa -> Δίκτυο =Πίνακας -> Εφαρμογή}`;

describe('compareQuizStructure › a faithful translation', () => {
  it('finds nothing when only texts differ, short-answer texts included', () => {
    expect(mismatches(SOURCE, GREEK)).toEqual([]);
  });
});

describe('compareQuizStructure › ids', () => {
  it('reports a question missing from the translation', () => {
    const translated = GREEK.replace(/::pubsub::.*\n\n/, '');
    expect(mismatches(SOURCE, translated)).toEqual([
      'Question "pubsub" of the source is missing from the translation: translate it too.',
    ]);
  });

  it('reports a question the source does not have', () => {
    expect(mismatches(SOURCE, `${GREEK}\n\n::extra:: Επιπλέον. {T}`)).toEqual([
      'Question "extra" is not in the source: remove it or give it its source id.',
    ]);
  });

  it('reports questions in another order', () => {
    const source = '::one:: A. {T}\n\n::two:: B. {T}\n\n::three:: C. {T}';
    const translated = '::one:: Α. {T}\n\n::three:: Γ. {T}\n\n::two:: Β. {T}';
    expect(mismatches(source, translated)).toEqual([
      'Question "three" is out of order in the translation: keep the source order (one, two, three).',
    ]);
  });
});

describe('compareQuizStructure › answer structure', () => {
  it('reports a different kind', () => {
    expect(mismatches('::q:: A sensor measures. {T}', '::q:: Ένας αισθητήρας μετρά. {=Ναι ~Όχι}')).toEqual([
      'Question "q" is a single-choice question in the translation but a true/false one in the source; only the texts of a translated quiz may change.',
    ]);
  });

  it('reports a different number of choices', () => {
    expect(mismatches('::q:: Pick. {=a ~b ~c}', '::q:: Διάλεξε. {=α ~β}')).toEqual([
      'Question "q" has 2 choices in the translation but 3 in the source; only the texts of a translated quiz may change.',
    ]);
  });

  it('reports a different right choice', () => {
    expect(mismatches('::q:: Pick. {=a ~b ~c}', '::q:: Διάλεξε. {~α =β ~γ}')).toEqual([
      'Question "q" marks as right choice 2 in the translation but choice 1 in the source; only the texts of a translated quiz may change.',
    ]);
  });

  it('reports different weights', () => {
    expect(mismatches('::q:: Pick. {~%50%a ~%50%b ~%-100%c}', '::q:: Διάλεξε. {~%50%α ~%50%β ~%-50%γ}')).toEqual([
      'Question "q" weighs its choices 50%, 50%, -50% in the translation but 50%, 50%, -100% in the source; only the texts of a translated quiz may change.',
    ]);
  });

  it('reports a different true/false answer', () => {
    expect(mismatches('::q:: A sensor measures. {T}', '::q:: Ένας αισθητήρας μετρά. {F}')).toEqual([
      'Question "q" is false in the translation but true in the source; only the texts of a translated quiz may change.',
    ]);
  });

  it('reports a different number, tolerance or range', () => {
    expect(mismatches('::q:: Pi? {#3.14:0.01}', '::q:: Π; {#3.14:0.1}')).toEqual([
      'Question "q" has numeric answer 1 as 3.14:0.1 (100%) in the translation but 3.14:0.01 (100%) in the source; only the texts of a translated quiz may change.',
    ]);
    expect(mismatches('::q:: Die? {#1..6}', '::q:: Ζάρι; {#1..5}')).toEqual([
      'Question "q" has numeric answer 1 as 1..5 (100%) in the translation but 1..6 (100%) in the source; only the texts of a translated quiz may change.',
    ]);
  });

  it('reports a different number of numeric answers', () => {
    expect(mismatches('::q:: Year? {#=1999 =%50%1999:2}', '::q:: Έτος; {#1999}')).toEqual([
      'Question "q" has 1 numeric answer in the translation but 2 in the source; only the texts of a translated quiz may change.',
    ]);
  });

  it('reports a different number of matching pairs', () => {
    expect(mismatches('::q:: Match. {=a -> x =b -> y =c -> z}', '::q:: Ταίριαξε. {=α -> χ =β -> ψ}')).toEqual([
      'Question "q" has 2 pairs in the translation but 3 in the source; only the texts of a translated quiz may change.',
    ]);
  });

  it('reports a different number of right-hand options (a distractor added)', () => {
    expect(mismatches('::q:: Match. {=a -> x =b -> y}', '::q:: Ταίριαξε. {=α -> χ =β -> ψ = -> ω}')).toEqual([
      'Question "q" has 3 right-hand options in the translation but 2 in the source; only the texts of a translated quiz may change.',
    ]);
  });

  it('reports a different number of accepted short answers', () => {
    expect(mismatches('::q:: Spell it. {=colour =color}', '::q:: Γράψε το. {=χρώμα}')).toEqual([
      'Question "q" has 1 accepted answer in the translation but 2 in the source; only the texts of a translated quiz may change.',
    ]);
  });

  it('reports different short-answer weights', () => {
    expect(mismatches('::q:: Spell it. {=colour =%50%color}', '::q:: Γράψε το. {=χρώμα =%25%χρωμα}')).toEqual([
      'Question "q" weighs its accepted answers 100%, 25% in the translation but 100%, 50% in the source; only the texts of a translated quiz may change.',
    ]);
  });

  it('reports items paired differently even when the counts match', () => {
    const source = '::q:: Match. {=Thermometer -> Sensor =Hygrometer -> Sensor =Relay -> Actuator = -> Gateway}';
    const translated =
      '::q:: Ταίριαξε. {=Θερμόμετρο -> Αισθητήρας =Υγρόμετρο -> Ενεργοποιητής =Ρελέ -> Ενεργοποιητής = -> Πύλη}';
    expect(mismatches(source, translated)).toEqual([
      'Question "q" pairs its items differently: items that share a right-hand text in the source must share one; only the texts of a translated quiz may change.',
    ]);
  });

  it('reports a different set of right choices in a multiple-choice question', () => {
    expect(mismatches('::q:: Pick. {~%50%a ~%50%b ~c}', '::q:: Διάλεξε. {~%50%α ~β ~%50%γ}')).toEqual([
      'Question "q" marks as right choices 1, 3 in the translation but choices 1, 2 in the source; only the texts of a translated quiz may change.',
    ]);
  });

  it('reports one problem per differing question, each naming its id', () => {
    const translated = GREEK.replace('{T}', '{F}').replace('{#1..6}', '{#0..6}');
    expect(mismatches(SOURCE, translated).map((message) => message.slice(0, 17))).toEqual([
      'Question "pubsub"',
      'Question "dice" h',
    ]);
  });
});
