// Typo-tolerant search: misspelled words are corrected against page titles, and the closest pages suggested.
import { describe, expect, it } from 'vitest';
import { closestWord, correctQuery, editDistance, suggestTargets, titleVocabulary, type SearchTarget } from '../../src/lib/search-suggest';

const targets: SearchTarget[] = [
  { title: 'Recruiter', url: '/roles/recruiter/', kind: 'Role' },
  { title: 'Executive Recruiter', url: '/roles/executive-recruiter/', kind: 'Role' },
  { title: 'HR Generalist', url: '/roles/hr-generalist/', kind: 'Role' },
  { title: 'Payroll Specialist', url: '/roles/payroll-specialist/', kind: 'Role' },
  { title: 'Hybrid HR structure', url: '/structures/hybrid/', kind: 'Guide' },
];
const vocabulary = titleVocabulary(targets);

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours', () => {
    expect(editDistance('recruter', 'recruiter')).toBe(1);
    expect(editDistance('generalsit', 'generalist')).toBe(1);
    expect(editDistance('payrol', 'payroll')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('correctQuery', () => {
  it('corrects a misspelled word to the closest title word', () => {
    expect(correctQuery('recruter', vocabulary)).toBe('recruiter');
    expect(correctQuery('HR generalsit', vocabulary)).toBe('hr generalist');
    expect(closestWord('payrool', vocabulary)).toBe('payroll');
    // A prefix needs no correction: Pagefind finds "payroll" from "payrol" already.
    expect(closestWord('payrol', vocabulary)).toBe('payrol');
  });

  it('leaves known words, prefixes and short words alone, and gives up on nonsense', () => {
    expect(correctQuery('recruiter', vocabulary)).toBeNull();
    expect(correctQuery('recruit', vocabulary)).toBeNull();
    expect(correctQuery('hx', vocabulary)).toBeNull();
    expect(correctQuery('zzzzzzzz', vocabulary)).toBeNull();
    expect(correctQuery('   ', vocabulary)).toBeNull();
  });
});

describe('suggestTargets', () => {
  it('suggests the closest role for a misspelled title, the exact title first', () => {
    expect(suggestTargets('recruter', targets).map((target) => target.title)).toEqual(['Recruiter', 'Executive Recruiter']);
    expect(suggestTargets('hybird', targets).map((target) => target.url)).toEqual(['/structures/hybrid/']);
  });

  it('suggests nothing when a word matches no title', () => {
    expect(suggestTargets('astronaut', targets)).toEqual([]);
    expect(suggestTargets('', targets)).toEqual([]);
  });
});
