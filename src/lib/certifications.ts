/**
 * The HR certifications the level framework refers to, with their published eligibility and
 * where it was read. Check the certifying body's own page before applying: rules change.
 */
export interface CertificationSource {
  /** Who published the page. */
  publisher: string;
  url: string;
  /** How much weight it bears: the certifying body's own page is strong, a summary of it fair. */
  strength: 'strong' | 'fair';
}

export interface Certification {
  /** The credential's short name, as employers write it. */
  name: string;
  /** Its full name and who awards it. */
  fullName: string;
  /** What a candidate needs to sit the exam, in plain words. */
  eligibility: string;
  /** Where the eligibility was read. */
  source: CertificationSource;
}

const HRCI_SPHR_COOL: CertificationSource = {
  publisher: 'U.S. Navy Credentialing Opportunities On-Line (COOL), HRCI SPHR entry',
  url: 'https://www.cool.navy.mil/usmc/search/CERT_SPHR1709.htm',
  strength: 'fair',
};

export const CERTIFICATIONS = {
  aphr: {
    name: 'aPHR',
    fullName: 'Associate Professional in Human Resources, HR Certification Institute (HRCI)',
    eligibility: 'No HR experience required: HRCI designed it for people starting out or moving into HR.',
    source: {
      publisher: 'Open Exam Prep summary of HRCI eligibility (HRCI is the publisher of the rule)',
      url: 'https://open-exam-prep.com/study-guides/phr/orientation-phr-eligibility-format-fees-scoring-and-study-map/eligibility-pathways-and-candidate-fit',
      strength: 'fair',
    },
  },
  phr: {
    name: 'PHR',
    fullName: 'Professional in Human Resources, HR Certification Institute (HRCI)',
    eligibility:
      'Professional-level HR experience: at least 1 year with a master’s degree, 2 years with a bachelor’s, or 4 years without a degree. Clerical HR support does not count.',
    source: {
      publisher: 'Open Exam Prep summary of HRCI eligibility (HRCI is the publisher of the rule)',
      url: 'https://open-exam-prep.com/study-guides/phr/orientation-phr-eligibility-format-fees-scoring-and-study-map/eligibility-pathways-and-candidate-fit',
      strength: 'fair',
    },
  },
  sphr: {
    name: 'SPHR',
    fullName: 'Senior Professional in Human Resources, HR Certification Institute (HRCI)',
    eligibility:
      'Professional-level HR experience: at least 4 years with a master’s degree, 5 years with a bachelor’s, or 7 years without a degree; meant for people who plan HR policy rather than carry it out.',
    source: HRCI_SPHR_COOL,
  },
  shrmCp: {
    name: 'SHRM-CP',
    fullName: 'SHRM Certified Professional, Society for Human Resource Management (SHRM)',
    eligibility:
      'No degree or prior HR experience required; meant for people doing operational HR work (carrying out policy, serving as the HR contact) and for students.',
    source: {
      publisher: 'SHRM, Eligibility Criteria',
      url: 'https://shrm.org/certification/get-certified/Pages/eligibility-criteria.aspx',
      strength: 'strong',
    },
  },
  shrmScp: {
    name: 'SHRM-SCP',
    fullName: 'SHRM Senior Certified Professional, Society for Human Resource Management (SHRM)',
    eligibility:
      'At least 3 years of strategic-level HR work (developing policy, overseeing HR operations), or a SHRM-CP held for 3 years by someone in or moving into a strategic role; no degree required.',
    source: {
      publisher: 'SHRM, Eligibility Criteria',
      url: 'https://shrm.org/certification/get-certified/Pages/eligibility-criteria.aspx',
      strength: 'strong',
    },
  },
} as const satisfies Record<string, Certification>;

export type CertificationId = keyof typeof CERTIFICATIONS;
