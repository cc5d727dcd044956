import { parseQuiz } from '../../../../src/content/quiz';

/** The quiz body starts on line 20 of the lesson file: line numbers in the expectations below are file lines. */
const AT = { file: 'lessons/02-sensors.md', firstLine: 20 };

function parseLines(lines: string[]): ReturnType<typeof parseQuiz> {
  return parseQuiz(lines.join('\n'), AT);
}

/** The located part of each problem (messages are checked separately where they matter). */
function located(lines: string[]): { code: string; line: number | null; column: number | null; severity: string }[] {
  return parseLines(lines).problems.map(({ code, line, column, severity, file }) => {
    expect(file).toBe('lessons/02-sensors.md');
    return { code, line, column, severity };
  });
}

describe('parseQuiz › quiz.syntax', () => {
  it('points at the unescaped colon, and still reads the good question before it', () => {
    const result = parseLines([/* 20 */ '::ok:: Fine. {T}', /* 21 */ '', /* 22 */ '::colon:: Ratio: one to two? {T}']);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'quiz.syntax', line: 22, column: 16, severity: 'error' }),
    ]);
    expect(result.problems[0]?.message).toContain('write it as "\\:"');
    expect(result.questions.map((q) => q.id)).toEqual(['ok']);
  });

  it('reports a blank line inside braces in its own question, and reads the next question', () => {
    const result = parseLines([
      /* 20 */ '::gap:: Which is a sensor? {',
      /* 21 */ '  =Thermometer',
      /* 22 */ '',
      /* 23 */ '  ~Relay',
      /* 24 */ '}',
      /* 25 */ '',
      /* 26 */ '::next:: A relay is an actuator. {T}',
    ]);
    // Line 21 is "  =Thermometer": the parser stops at its end, where the blank line begins.
    expect(result.problems).toEqual([expect.objectContaining({ code: 'quiz.syntax', line: 21, column: 15 })]);
    expect(result.questions.map((q) => q.id)).toEqual(['next']);
  });

  it('reports a missing closing brace at the end of its question, not in the questions after it', () => {
    const result = parseLines([
      /* 20 */ '::open:: Which is a sensor? {',
      /* 21 */ '  =Thermometer',
      /* 22 */ '',
      /* 23 */ '::after:: A relay is an actuator. {T}',
    ]);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'quiz.syntax', line: 21, column: 15 })]);
    expect(result.problems[0]?.message).toContain('missing "}"');
    expect(result.questions.map((q) => q.id)).toEqual(['after']);
  });

  it('says to add a blank line when a question starts right below another', () => {
    const result = parseLines([/* 20 */ '::one:: First. {T}', /* 21 */ '::two:: Second. {F}']);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'quiz.syntax', line: 21, column: 1 })]);
    expect(result.problems[0]?.message).toContain('blank line');
  });

  it('counts lines correctly when comment lines sit inside the question', () => {
    expect(
      located([
        /* 20 */ '::c:: Pick one. {',
        /* 21 */ '// the right one',
        /* 22 */ '  =yes',
        /* 23 */ '// and a wrong one',
        /* 24 */ '  ~%150%no',
        /* 25 */ '}',
      ]),
    ).toEqual([{ code: 'quiz.syntax', line: 24, column: 5, severity: 'error' }]);
  });

  it('says which id is not closed when the second "::" is missing', () => {
    const result = parseLines([/* 20 */ '::sensor-role Which device measures? {=A sensor ~A relay}']);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'quiz.syntax', line: 20, column: 1 })]);
    expect(result.problems[0]?.message).toContain('not closed');
  });

  it('says a number is expected after {# when the text there is not a number', () => {
    const result = parseLines([/* 20 */ '::port:: The MQTT port? {#eighteen}']);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'quiz.syntax', line: 20, column: 26 })]);
    expect(result.problems[0]?.message).toContain('needs a number after "{#"');
  });

  it('reports a numerical answer without a number at the opening brace', () => {
    expect(located([/* 20 */ '::any:: Any number? {#=%50% =42}'])).toEqual([
      { code: 'quiz.syntax', line: 20, column: 21, severity: 'error' },
    ]);
  });
});

describe('parseQuiz › ids', () => {
  it('reports quiz.missing-id at the first character of a question without ::id::', () => {
    const result = parseLines([
      /* 20 */ '::ok:: Fine. {T}',
      /* 21 */ '',
      /* 22 */ '  Which is a sensor? {=Thermometer ~Relay}',
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'quiz.missing-id', line: 22, column: 3, severity: 'error' }),
    ]);
    expect(result.questions.map((q) => q.id)).toEqual(['ok']);
  });

  it('reports quiz.invalid-id at the id when it is not kebab-case', () => {
    expect(located([/* 20 */ '::Sensor_Role:: Which is a sensor? {=Thermometer ~Relay}'])).toEqual([
      { code: 'quiz.invalid-id', line: 20, column: 3, severity: 'error' },
    ]);
  });

  it('reports quiz.invalid-id for an id longer than 64 characters, and accepts one of exactly 64', () => {
    const longest = 'a'.repeat(64);
    expect(located([`::${longest}:: Fine. {T}`])).toEqual([]);
    expect(located([`::${longest}b:: Too long. {T}`])).toEqual([
      { code: 'quiz.invalid-id', line: 20, column: 3, severity: 'error' },
    ]);
  });

  it('reports quiz.duplicate-id at the second use and names the line of the first', () => {
    const result = parseLines([
      /* 20 */ '::port:: MQTT port? {#1883}',
      /* 21 */ '',
      /* 22 */ '// same id again',
      /* 23 */ '::port:: CoAP port? {#5683}',
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'quiz.duplicate-id', line: 23, column: 3, severity: 'error' }),
    ]);
    expect(result.problems[0]?.message).toContain('line 20');
    expect(result.questions).toHaveLength(1);
  });
});

describe('parseQuiz › question kinds', () => {
  it('reports an essay as quiz.unsupported-type at the start of the question', () => {
    expect(located([/* 20 */ '::essay:: Describe a sensor you know. {}'])).toEqual([
      { code: 'quiz.unsupported-type', line: 20, column: 1, severity: 'error' },
    ]);
  });

  it('reports a description (text without braces) as quiz.unsupported-type', () => {
    expect(located([/* 20 */ '::ok:: Fine. {T}', /* 21 */ '', /* 22 */ '::intro:: Read the lesson first.'])).toEqual([
      { code: 'quiz.unsupported-type', line: 22, column: 1, severity: 'error' },
    ]);
  });
});

describe('parseQuiz › quiz.no-right-answer, at the opening brace', () => {
  it('reports a single choice without "="', () => {
    expect(located([/* 20 */ '::pick:: Pick one. {~Relay ~Motor}'])).toEqual([
      { code: 'quiz.no-right-answer', line: 20, column: 20, severity: 'error' },
    ]);
  });

  it('reports a multiple choice whose best selection reaches only 60%', () => {
    const result = parseLines([
      /* 20 */ '::lp:: Which are LPWAN? {',
      /* 21 */ '~%30%LoRaWAN',
      /* 22 */ '~%30%NB-IoT',
      '~Wi-Fi',
      '}',
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'quiz.no-right-answer', line: 20, column: 25, severity: 'error' }),
    ]);
    expect(result.problems[0]?.message).toContain('60%');
  });

  it('accepts a multiple choice whose weights are thirds written as 33.33333%', () => {
    expect(located(['::thirds:: Pick three. {~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-100%d}'])).toEqual([]);
  });

  it('reports a short answer with no answer at 100%', () => {
    expect(located([/* 20 */ '::sp:: Spell it. {=%50%colour =%50%color}'])).toEqual([
      { code: 'quiz.no-right-answer', line: 20, column: 18, severity: 'error' },
    ]);
  });

  it('reports a numerical question with no answer at 100%', () => {
    expect(located([/* 20 */ '::num:: Port? {#=%50%1883}'])).toEqual([
      { code: 'quiz.no-right-answer', line: 20, column: 15, severity: 'error' },
    ]);
  });

  it('reports a matching question made only of distractors', () => {
    expect(located([/* 20 */ '::mt:: Match. {= -> Perception = -> Network}'])).toEqual([
      { code: 'quiz.no-right-answer', line: 20, column: 15, severity: 'error' },
    ]);
  });
});

describe('parseQuiz › quiz.empty', () => {
  it('reports an empty block at its opening fence, the line above the body', () => {
    expect(located([])).toEqual([{ code: 'quiz.empty', line: 19, column: null, severity: 'error' }]);
  });

  it('reports a block holding only comments and blank lines', () => {
    expect(located([/* 20 */ '// questions to come', /* 21 */ '', /* 22 */ '   '])).toEqual([
      { code: 'quiz.empty', line: 19, column: null, severity: 'error' },
    ]);
  });
});

describe('parseQuiz › warnings', () => {
  it('ignores a $CATEGORY line with a warning and still reads the question below it', () => {
    const result = parseLines([/* 20 */ '$CATEGORY: iot/basics', /* 21 */ '::ok:: Fine. {T}']);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'quiz.category-ignored', line: 20, column: 1, severity: 'warning' }),
    ]);
    expect(result.questions.map((q) => q.id)).toEqual(['ok']);
  });

  it('warns with quiz.html-format about [html] text and keeps the question', () => {
    const result = parseLines([
      /* 20 */ '::ok:: Fine. {T}',
      /* 21 */ '',
      /* 22 */ '::h:: [html]Is <b>this</b> right? {T}',
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'quiz.html-format', line: 22, column: 1, severity: 'warning' }),
    ]);
    expect(result.questions.map((q) => q.id)).toEqual(['ok', 'h']);
  });
});

describe('parseQuiz › several problems in one block', () => {
  it('reports every problem in order, each at its own line', () => {
    const codes = located([
      /* 20 */ '::Bad:: One. {T}',
      /* 21 */ '',
      /* 22 */ 'Two. {T}',
      /* 23 */ '',
      /* 24 */ '::three:: Three: {T}',
      /* 25 */ '',
      /* 26 */ '::four:: Four. {~a ~b}',
    ]).map(({ code, line }) => `${line} ${code}`);
    expect(codes).toEqual(['20 quiz.invalid-id', '22 quiz.missing-id', '24 quiz.syntax', '26 quiz.no-right-answer']);
  });
});
