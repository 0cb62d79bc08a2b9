// Team shape: which role fills which need, and when a team gets another layer of leadership.
import { functionInSentence, HR_FUNCTIONS, HR_FUNCTION_LABELS, type HrFunction } from '../../engine/hr-functions.ts';
import type { RoleCatalog } from '../../engine/roles.ts';
import { formatNumber } from '../../engine/format.ts';
import { functionLeadFor, functionLeadTitle, partnerAreas, roleSlugs, specialistFor, teamShape, unionEmployeeRelationsRole } from '../../engine/data/team-shape.ts';
import { cite, num, roleCell, text, type Cell, type TableGroup } from './cells.ts';
import { existingTeamFit } from '../../engine/data/existing-team.ts';

const TEAM_SHAPE_LABELS: Record<keyof typeof teamShape, string> = {
  managerSpan: 'Direct reports of a middle manager (median)',
  executiveSpan: 'Direct reports of an executive (median)',
  managerFromFte: 'HR team size from which an HR manager leads it',
  directorFromFte: 'HR team size from which a director leads managers',
  executiveFromFte: 'HR organisation size from which a VP of HR heads it',
  titleLookAheadAtMost: "Most a growing company's head of HR is titled ahead for, as a multiple of today's headcount",
  generalistsPerSenior: 'Generalists per senior generalist',
  functionLeadFromFte: 'Functional team size from which it gets its own lead',
  specialistMaxIdlePct: "Share of a specialist team's time, percent, that areas with less than one specialist's work may leave idle",
  partnersFromEmployees: 'Employees from which a specialist team has HR business partners',
  partnerMaxSpecialistPct: "Largest share of the specialists' own work, percent, that business partners take over",
  employeesPerPartnerFast: 'Employees per HR business partner, fast-scaling firm',
  employeesPerPartnerMature: 'Employees per HR business partner, mature firm',
  fastScalingGrowthPct: 'Growth from which a firm counts as fast-scaling, percent a year',
  leastStepDownFte: "Least HR FTE a shrinking company's yearly step-down gives up",
  assistantManagerTeamFte: 'HR staff per assistant manager in a large department',
  assistantManagerSpan: 'Direct reports of an assistant manager in a large department',
  assistantManagerMinSpan: 'Fewest direct reports an assistant manager is planned for',
  phaseHiresAboveFte: 'HR FTE hired at once above which (and above the team already there) the plan advises phasing the hires',
  shortestStructureMonths: 'Fewest months a structure is recommended, between two others, for the timeline to hire for it',
  wholeHireWithinMonths: 'Months ahead a practitioner’s half-time need is hired as a whole person, where the role needs that person by then',
  hiringRoundMonths: 'Months within which a half-time need that becomes a full-time post is hired whole now',
};

const ROLE_SLOT_LABELS: Record<keyof typeof roleSlugs, string> = {
  generalist: 'Generalist',
  seniorGeneralist: 'Senior generalist (one per three generalists)',
  coordinator: 'Coordinator (assistant-manager layer)',
  administrator: 'Administrator',
  assistant: 'Assistant',
  manager: 'Manager of an HR team',
  assistantManager: 'Assistant manager',
  director: 'Director',
  executive: 'Executive head of HR',
  businessPartner: `Business partner (specialist structure, ${formatNumber(teamShape.partnersFromEmployees.value)}+ employees)`,
};

export function teamGroup(catalog: RoleCatalog): TableGroup {
  return {
    id: 'data-team',
    title: 'Team shape',
    intro: 'Which role fills which need, and how large a team gets before it needs another layer of leadership.',
    tables: [
      {
        id: 'table-team-shape',
        title: 'Spans and team sizes',
        exports: ['team-shape/teamShape'],
        description: 'The figures that decide who leads whom.',
        columns: [{ label: 'Figure' }, { label: 'Value', numeric: true }, { label: 'Basis' }, { label: 'Source' }],
        rows: (Object.keys(teamShape) as (keyof typeof teamShape)[]).map((key) => {
          const figure = teamShape[key];
          return [text(TEAM_SHAPE_LABELS[key]), num(formatNumber(figure.value)), text(figure.note), cite(figure.source)];
        }),
        sources: [],
      },
      {
        id: 'table-function-roles',
        title: 'Who owns each function',
        exports: ['team-shape/specialistFor', 'team-shape/functionLeadFor', 'team-shape/functionLeadTitle', 'team-shape/unionEmployeeRelationsRole', 'team-shape/partnerAreas'],
        description: `The specialist a plan adds when a function needs an owner, and the lead of that function’s team once it reaches ${teamShape.functionLeadFromFte.value} people (a benefits team’s is titled ${functionLeadTitle.benefits}: the catalog has no benefits manager, and the role’s BLS occupation is Compensation and Benefits Managers). Functions without a specialist are covered by generalists. In a specialist team, business partners share the department-facing functions’ work with their specialists (Roleplan’s assumption).`,
        columns: [{ label: 'Function' }, { label: 'Specialist' }, { label: 'Team lead' }, { label: 'Shared with business partners' }],
        rows: HR_FUNCTIONS.flatMap((fn: HrFunction) => {
          const specialist = specialistFor[fn];
          const lead = functionLeadFor[fn];
          const row: Cell[] = [
            text(HR_FUNCTION_LABELS[fn]),
            specialist ? roleCell(catalog, specialist) : text('None: covered by generalists'),
            lead ? { ...roleCell(catalog, lead), ...(functionLeadTitle[fn] ? { title: functionLeadTitle[fn] } : {}) } : text('None'),
            text(partnerAreas.includes(fn) ? 'Yes' : 'No'),
          ];
          if (fn !== 'employee-relations') return [row];
          const union: Cell[] = [
            text(`${HR_FUNCTION_LABELS[fn]}, with a union contract`),
            roleCell(catalog, unionEmployeeRelationsRole),
            text('None'),
            text(partnerAreas.includes(fn) ? 'Yes' : 'No'),
          ];
          return [row, union];
        }),
        sources: [],
      },
      {
        id: 'table-existing-team',
        title: 'Building on an existing team',
        exports: ['existing-team/existingTeamFit'],
        description:
          'How a plan places the HR staff a company already has. Lead posts are filled first (the head of HR by the most senior lead free to take it whole), then the work people do as they are, then promotions, then generalists moved into practitioner work. A one-person post is held by one person: someone who takes it whole, or a part-timer whose post the rest of becomes more hours for them, never a second half-person. A specialist moves into a generalist or HR office role at their own level or below with training, before any other specialty. A functional lead holds and is promoted into only its own area’s posts (a compensation manager does not head HR), and an HR director or VP never takes on practitioner work. Hires are the whole need less the whole existing team, except a lead post or the head of HR that no one on the team can hold, which is hired whole; the people it leaves without a place are named as above the need. Any other open need filled by someone from another line of work is named as a move, and a move beyond their experience says to hire for it if they cannot grow into it.',
        columns: [{ label: 'Rule' }, { label: 'Value' }, { label: 'Source' }],
        rows: [
          [text('Titles of one area cover each other’s work up to this many levels apart (a senior generalist a generalist’s)'), num(String(existingTeamFit.coverLevels)), cite(existingTeamFit.source)],
          [text('A lead is promoted into a higher lead post by at most (an HR manager to director)'), num(`${existingTeamFit.leadPromotionLevels} level`), cite(existingTeamFit.source)],
          [text('Posts a level above a director for promotions, though both are executive titles (a director is promoted to them, an HR manager is not)'), text(existingTeamFit.aboveDirector.map((slug) => catalog[slug]?.title ?? slug).join(', ')), cite(existingTeamFit.source)],
          [text('A generalist, business partner or practitioner is promoted into a lead post by at most (a generalist to HR manager; a recruiter to talent acquisition manager); never from an entry-level role'), num(`${existingTeamFit.practitionerPromotionLevels} levels`), cite(existingTeamFit.source)],
          [text('Highest general post a generalist or business partner is promoted into'), text(existingTeamFit.highestGeneralistPromotion === 'lead' ? 'HR manager (lead level)' : existingTeamFit.highestGeneralistPromotion), cite(existingTeamFit.source)],
          [text('Work a generalist moves into only with training'), text([...existingTeamFit.expertAreas.map((area) => functionInSentence(area as HrFunction)), ...existingTeamFit.expertRoles.map((slug) => catalog[slug]?.title.toLowerCase() ?? slug)].join(', ')), cite(existingTeamFit.source)],
          [text('Work an HR coordinator, assistant or administrator moves into with training'), text(existingTeamFit.adminAdjacentAreas.map((area) => functionInSentence(area as HrFunction)).join(', ')), cite(existingTeamFit.source)],
          [text('Who can head HR, whatever the head’s title'), text(`Leads, and ${existingTeamFit.headFamilies.map((family) => (family === 'partner' ? 'business partners' : `${family}s`)).join(' and ')} by trade`), cite(existingTeamFit.source)],
        ],
        sources: [],
      },
      {
        id: 'table-role-slots',
        title: 'Roles in every structure',
        exports: ['team-shape/roleSlugs'],
        description: 'The role profile behind each position the engine staffs.',
        columns: [{ label: 'Position' }, { label: 'Role profile' }],
        rows: (Object.keys(roleSlugs) as (keyof typeof roleSlugs)[]).map((key) => [
          text(ROLE_SLOT_LABELS[key]),
          roleCell(catalog, roleSlugs[key]),
        ]),
        sources: [],
      },
    ],
  };
}
