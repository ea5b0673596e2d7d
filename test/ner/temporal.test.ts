import { describe, expect, it } from 'vitest';
import { entities } from 'dhad';

const RULES = ['DATE', 'TIME', 'DURATION', 'PERCENT', 'MONEY'] as const;
const rules = (text: string) => entities(text, { types: [...RULES] }).map((e) => [e.type, e.text]);

describe('TIMEX / NUMEX rules', () => {
  it.each([
    ['انعقدت القمة في موسكو، اليوم الأربعاء، حيث', [['DATE', 'اليوم الأربعاء']]],
    ['وصباح اليوم، وصل الرئيس', [['TIME', 'صباح اليوم']]],
    ['زادت التجارة بأكثر من 38% العام الماضي', [['PERCENT', '38%'], ['DATE', 'العام الماضي']]],
    ['خفض البنك توقعاته للنمو هذا العام، وقد يرفعها هذه السنة أو في ذلك الشهر', [['DATE', 'هذا العام'], ['DATE', 'هذه السنة'], ['DATE', 'ذلك الشهر']]],
    ['برفقة روسيا منذ 40 عاماً', [['DURATION', '40 عاماً']]],
    ['على مدى 20 عاماً', [['DURATION', '20 عاماً']]],
    ['بلغت الصفقة 6 مليارات دولار', [['MONEY', '6 مليارات دولار']]],
    ['تأسست الشركة عام 2021 في دبي', [['DATE', 'عام 2021']]],
    ['وُلد في 15 مارس 1990 في بيروت', [['DATE', '15 مارس 1990']]],
    ['ارتفع المؤشر 5 في المئة', [['PERCENT', '5 في المئة']]],
    ['يبدأ الاجتماع الساعة 10 صباحاً', [['TIME', 'الساعة 10 صباحاً']]],
    ['وصل مساء أمس إلى عمان', [['TIME', 'مساء أمس']]],
    ['استمرت المفاوضات يومين', [['DURATION', 'يومين']]],
    ['تنتهي الولاية في تشرين الأول المقبل', [['DATE', 'تشرين الأول']]],
    ['بلغ العجز ٣٫٥٪ من الناتج', [['PERCENT', '٣٫٥٪']]],
    ['قال إن الحكومة ستعمل', []],
  ])('%s', (text, expected) => {
    expect(rules(text)).toEqual(expected);
  });

  it('leaves a glued conjunction outside the span', () => {
    const text = 'وصباح اليوم وصل';
    expect(entities(text, { types: ['TIME'] })).toEqual([{ type: 'TIME', start: 1, end: 11, text: 'صباح اليوم', score: 0.9 }]);
  });
});

describe('month names that are also words', () => {
  const dates = (text: string) => entities(text, { types: ['DATE'] }).map((e) => e.text);
  it('takes a month alone as a date only after a word that announces a time', () => {
    expect(dates('وصل الرئيس التركي رجب طيب أردوغان إلى أنقرة')).toEqual([]);
    expect(dates('تبدأ الدراسة في رجب المقبل')).toEqual(['رجب']);
    expect(dates('وفي شهر رمضان ترتفع الأسعار')).toEqual(['رمضان']);
    expect(dates('ولد في مارس 1990 في القاهرة')).toEqual(['مارس 1990']);
    expect(dates('عدد الإصابات صفر منذ أسبوع')).toEqual([]);
  });
});
