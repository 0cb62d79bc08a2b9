import { roleHref } from '../../lib/routes';
import type { Plan, PlanMember as TeamMember } from '../../engine/plan';
import { salaryEach } from '../../engine/cost';
import { fte, money, moneyRange } from './format';

function OrgNode({ member, team }: { member: TeamMember; team: TeamMember[] }) {
  const reports = team.filter((other) => other.reportsTo === member.role && other !== member);
  return (
    <li>
      <span class="org-node">
        <a href={roleHref(member.role)}>{member.title}</a>
        <span class="org-fte">{fte(member.fte)} FTE</span>
      </span>
      {reports.length > 0 && (
        <ul>
          {reports.map((report) => (
            <OrgNode key={report.role} member={report} team={team} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Who reports to whom, as nested lists (readable without the picture). */
function OrgChart({ team }: { team: TeamMember[] }) {
  const roles = new Set(team.map((member) => member.role));
  const roots = team.filter((member) => member.reportsTo === null || !roles.has(member.reportsTo));
  return (
    <div class="org-chart">
      <ul class="org-root">
        {roots.map((member) => (
          <OrgNode key={member.role} member={member} team={team} />
        ))}
      </ul>
      {roots.length > 1 && <p class="help">Roles at the top level report to the company's leadership.</p>}
    </div>
  );
}

export default function TeamSection({ plan }: { plan: Plan }) {
  return (
    <section class="result-card" aria-labelledby="team-title">
      <h2 id="team-title">The team</h2>
      {plan.team.length === 0 ? (
        <p data-testid="no-team">
          No in-house HR staff yet: until the first HR hire, the founder, HR software and the providers under
          “Cost and budget” carry the work.
        </p>
      ) : (
        <TeamTable plan={plan} />
      )}
    </section>
  );
}

function TeamTable({ plan }: { plan: Plan }) {
  return (
    <>
      <div class="table-scroll">
        <table class="team-table">
          <caption class="visually-hidden">Recommended HR team with salaries and fully loaded cost</caption>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col" class="num">FTE</th>
              <th scope="col" class="num">Salary range (each)</th>
              <th scope="col" class="num">Loaded cost a year</th>
            </tr>
          </thead>
          <tbody>
            {plan.team.map((member) => {
              // The range the plan costs: state pay and a head of HR's size included.
              const each = salaryEach(member);
              return (
                <tr key={member.role}>
                  <th scope="row">
                    <a href={roleHref(member.role)}>{member.title}</a>
                    <span class="reason">{member.reason}</span>
                  </th>
                  <td class="num" data-label="FTE">{fte(member.fte)}</td>
                  <td class="num" data-label="Salary range (each)">{moneyRange(each)}</td>
                  <td class="num" data-label="Loaded cost a year">{money(member.loaded.mid)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td class="num" data-label="FTE">{fte(plan.hrFte)}</td>
              <td class="num" data-label="Salaries">{moneyRange(plan.cost.salary)}</td>
              <td class="num" data-label="Loaded cost a year">{money(plan.cost.loaded.mid)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <h3>Who reports to whom</h3>
      <OrgChart team={plan.team} />
    </>
  );
}
