// "Where your people work, and pay": the sentence's shares add up with the table's.
import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { profile } from '../../../src/engine/profile';
import { payDrivers } from '../../../src/engine/state-pay';
import StatesSection from '../../../src/islands/planner/StatesSection';

describe('where your people work, and pay', () => {
  it('names every listed state, the ones that pay near the national range too (visual review 26: Texas left out of 40% + 20% + 23%)', () => {
    const company = profile({ employees: 300, states: 5, stateEmployees: { CA: 120, NY: 60, TX: 50 } });
    const drivers = payDrivers(company);
    const html = renderToString(h(StatesSection, { profile: company }));
    const text = html.replace(/<[^>]+>/g, ' ');
    for (const driver of drivers) expect(text).toMatch(new RegExp(`${driver.state === 'TX' ? 'Texas' : driver.state === 'CA' ? 'California' : 'New York'} \\(${Math.round(driver.share * 100)}%`));
    expect(text).toContain('pays close to the national range');
    expect(text).toContain('The other 23% of staff, outside the states you listed, count at the national range.');
  });
});
