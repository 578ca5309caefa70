/**
 * The business-capability catalogue (verksamhetsförmågor) every municipality starts with. Codes are
 * stable, upper case and dot-separated: a root (`VO`) groups leaves (`VO.DOK`). Systems are linked to
 * leaves, and overlaps are counted per leaf, so a leaf names one need that one system could meet.
 * Plain data: seeding turns it into records.
 */
import type { CapabilityEntry } from '../demo/content-types.js';

export const capabilityCatalogue: CapabilityEntry[] = [
  // Vård och omsorg
  { code: 'VO', parentCode: null, nameSv: 'Vård och omsorg', nameEn: 'Health and social care' },
  { code: 'VO.DOK', parentCode: 'VO', nameSv: 'Social dokumentation och journalföring', nameEn: 'Care documentation and records' },
  { code: 'VO.PLAN', parentCode: 'VO', nameSv: 'Planering och uppföljning av insatser', nameEn: 'Care planning and scheduling' },
  { code: 'VO.HSL', parentCode: 'VO', nameSv: 'Kommunal hälso- och sjukvård', nameEn: 'Municipal health care' },
  { code: 'VO.LAKEMEDEL', parentCode: 'VO', nameSv: 'Läkemedelshantering och signering', nameEn: 'Medication management' },
  { code: 'VO.LARM', parentCode: 'VO', nameSv: 'Trygghetslarm och välfärdsteknik', nameEn: 'Safety alarms and welfare technology' },
  { code: 'VO.SAMORD', parentCode: 'VO', nameSv: 'Samordnad vårdplanering med regionen', nameEn: 'Coordinated care planning with the region' },

  // Utbildning
  { code: 'UTB', parentCode: null, nameSv: 'Utbildning', nameEn: 'Education' },
  { code: 'UTB.ELEVADM', parentCode: 'UTB', nameSv: 'Elevadministration', nameEn: 'Student administration' },
  { code: 'UTB.LARPLATTFORM', parentCode: 'UTB', nameSv: 'Lärplattform', nameEn: 'Learning platform' },
  { code: 'UTB.SCHEMA', parentCode: 'UTB', nameSv: 'Schemaläggning', nameEn: 'Timetabling' },
  { code: 'UTB.FRANVARO', parentCode: 'UTB', nameSv: 'Närvaro- och frånvarohantering', nameEn: 'Attendance management' },
  { code: 'UTB.BEDOMNING', parentCode: 'UTB', nameSv: 'Dokumentation av lärande och bedömning', nameEn: 'Learning documentation and assessment' },
  { code: 'UTB.FORSKOLA', parentCode: 'UTB', nameSv: 'Förskoleplacering och barnomsorgsavgifter', nameEn: 'Preschool placement and fees' },
  { code: 'UTB.ELEVHALSA', parentCode: 'UTB', nameSv: 'Elevhälsans journalföring', nameEn: 'Student health records' },
  { code: 'UTB.LARVERKTYG', parentCode: 'UTB', nameSv: 'Digitala lärverktyg', nameEn: 'Digital learning tools' },

  // Individ- och familjeomsorg
  { code: 'SOC', parentCode: null, nameSv: 'Individ- och familjeomsorg', nameEn: 'Individual and family care' },
  { code: 'SOC.VERKSAMHET', parentCode: 'SOC', nameSv: 'Handläggning och dokumentation inom IFO', nameEn: 'Social services case management' },
  { code: 'SOC.EKBISTAND', parentCode: 'SOC', nameSv: 'Ekonomiskt bistånd', nameEn: 'Financial assistance' },
  { code: 'SOC.BARN', parentCode: 'SOC', nameSv: 'Barn och unga', nameEn: 'Child and youth welfare' },
  { code: 'SOC.BEROENDE', parentCode: 'SOC', nameSv: 'Missbruk och beroende', nameEn: 'Substance abuse care' },
  { code: 'SOC.FAMILJERATT', parentCode: 'SOC', nameSv: 'Familjerätt', nameEn: 'Family law' },
  { code: 'SOC.ARBMARKNAD', parentCode: 'SOC', nameSv: 'Arbetsmarknadsinsatser', nameEn: 'Labour market measures' },

  // Samhällsbyggnad
  { code: 'SBF', parentCode: null, nameSv: 'Samhällsbyggnad', nameEn: 'Urban planning and building' },
  { code: 'SBF.BYGGLOV', parentCode: 'SBF', nameSv: 'Bygglov och byggtillsyn', nameEn: 'Building permits and inspection' },
  { code: 'SBF.PLAN', parentCode: 'SBF', nameSv: 'Detaljplanering', nameEn: 'Detailed development planning' },
  { code: 'SBF.MILJOTILLSYN', parentCode: 'SBF', nameSv: 'Miljö- och hälsoskyddstillsyn', nameEn: 'Environmental and health inspection' },
  { code: 'SBF.LIVSMEDEL', parentCode: 'SBF', nameSv: 'Livsmedelskontroll', nameEn: 'Food control' },
  { code: 'SBF.BOSTAD', parentCode: 'SBF', nameSv: 'Bostadsanpassning', nameEn: 'Housing adaptation grants' },
  { code: 'SBF.TRAFIK', parentCode: 'SBF', nameSv: 'Trafik och parkering', nameEn: 'Traffic and parking' },
  { code: 'SBF.TILLSTAND', parentCode: 'SBF', nameSv: 'Serverings- och tobakstillstånd', nameEn: 'Alcohol and tobacco licensing' },

  // Ekonomi
  { code: 'EKO', parentCode: null, nameSv: 'Ekonomi', nameEn: 'Finance' },
  { code: 'EKO.REDOVISNING', parentCode: 'EKO', nameSv: 'Redovisning och huvudbok', nameEn: 'Accounting and general ledger' },
  { code: 'EKO.LEVFAKTURA', parentCode: 'EKO', nameSv: 'Leverantörsfakturor', nameEn: 'Supplier invoices' },
  { code: 'EKO.KUNDFAKTURA', parentCode: 'EKO', nameSv: 'Kundfakturering och betalningar', nameEn: 'Customer invoicing and payments' },
  { code: 'EKO.BUDGET', parentCode: 'EKO', nameSv: 'Budget och prognos', nameEn: 'Budgeting and forecasting' },
  { code: 'EKO.INKOP', parentCode: 'EKO', nameSv: 'E-handel och inköp', nameEn: 'E-commerce and purchasing' },
  { code: 'EKO.UPPHANDLING', parentCode: 'EKO', nameSv: 'Upphandling', nameEn: 'Public procurement' },
  { code: 'EKO.AVTAL', parentCode: 'EKO', nameSv: 'Avtalshantering', nameEn: 'Contract management' },
  { code: 'EKO.BESLUTSSTOD', parentCode: 'EKO', nameSv: 'Beslutsstöd och analys', nameEn: 'Business intelligence and analytics' },

  // Personal
  { code: 'HR', parentCode: null, nameSv: 'Personal', nameEn: 'Human resources' },
  { code: 'HR.LON', parentCode: 'HR', nameSv: 'Lön och personaladministration', nameEn: 'Payroll and personnel administration' },
  { code: 'HR.SCHEMA', parentCode: 'HR', nameSv: 'Schema och bemanning', nameEn: 'Workforce scheduling' },
  { code: 'HR.VIKARIE', parentCode: 'HR', nameSv: 'Vikarieanskaffning', nameEn: 'Substitute staffing' },
  { code: 'HR.REKRYTERING', parentCode: 'HR', nameSv: 'Rekrytering', nameEn: 'Recruitment' },
  { code: 'HR.KOMPETENS', parentCode: 'HR', nameSv: 'Kompetensutveckling', nameEn: 'Learning and competence development' },
  { code: 'HR.ARBETSMILJO', parentCode: 'HR', nameSv: 'Arbetsmiljö, tillbud och rehabilitering', nameEn: 'Occupational health, incidents and rehabilitation' },

  // Ärende- och dokumenthantering
  { code: 'ADM', parentCode: null, nameSv: 'Ärende- och dokumenthantering', nameEn: 'Case and records management' },
  { code: 'ADM.DIARIUM', parentCode: 'ADM', nameSv: 'Diarieföring och ärendehantering', nameEn: 'Registry and case management' },
  { code: 'ADM.NAMND', parentCode: 'ADM', nameSv: 'Nämndadministration och möteshandlingar', nameEn: 'Board administration and meeting papers' },
  { code: 'ADM.ARKIV', parentCode: 'ADM', nameSv: 'E-arkiv och arkivförteckning', nameEn: 'E-archive and archival description' },
  { code: 'ADM.SIGNERING', parentCode: 'ADM', nameSv: 'Elektronisk underskrift', nameEn: 'Electronic signature' },
  { code: 'ADM.DOKUMENT', parentCode: 'ADM', nameSv: 'Dokumenthantering och samarbetsytor', nameEn: 'Document management and collaboration' },
  { code: 'ADM.POST', parentCode: 'ADM', nameSv: 'Digital post och utskick', nameEn: 'Digital mail and mailings' },
  { code: 'ADM.SYNPUNKT', parentCode: 'ADM', nameSv: 'Synpunkter och klagomål', nameEn: 'Feedback and complaints' },

  // Kommunikation och e-tjänster
  { code: 'KOM', parentCode: null, nameSv: 'Kommunikation och e-tjänster', nameEn: 'Communication and e-services' },
  { code: 'KOM.WEBB', parentCode: 'KOM', nameSv: 'Extern webbplats', nameEn: 'Public website' },
  { code: 'KOM.INTRANAT', parentCode: 'KOM', nameSv: 'Intranät', nameEn: 'Intranet' },
  { code: 'KOM.ETJANST', parentCode: 'KOM', nameSv: 'E-tjänsteplattform', nameEn: 'E-service platform' },
  { code: 'KOM.EID', parentCode: 'KOM', nameSv: 'E-legitimering', nameEn: 'Electronic identification' },
  { code: 'KOM.KONTAKTCENTER', parentCode: 'KOM', nameSv: 'Kontaktcenter och kundtjänst', nameEn: 'Contact centre' },
  { code: 'KOM.SMS', parentCode: 'KOM', nameSv: 'SMS och massutskick', nameEn: 'Text messaging and bulk notices' },
  { code: 'KOM.MOTEN', parentCode: 'KOM', nameSv: 'Digitala möten', nameEn: 'Video meetings' },
  { code: 'KOM.PRODUKTION', parentCode: 'KOM', nameSv: 'Grafisk produktion och press', nameEn: 'Graphic production and press' },

  // Geodata
  { code: 'GIS', parentCode: null, nameSv: 'Geodata', nameEn: 'Geodata' },
  { code: 'GIS.KARTA', parentCode: 'GIS', nameSv: 'Kartplattform och webbkarta', nameEn: 'Map platform and web map' },
  { code: 'GIS.PRIMARKARTA', parentCode: 'GIS', nameSv: 'Primärkarta och baskarta', nameEn: 'Base map maintenance' },
  { code: 'GIS.ADRESS', parentCode: 'GIS', nameSv: 'Adress- och byggnadsregister', nameEn: 'Address and building register' },
  { code: 'GIS.FASTIGHET', parentCode: 'GIS', nameSv: 'Fastighetsinformation', nameEn: 'Cadastral information' },
  { code: 'GIS.MATNING', parentCode: 'GIS', nameSv: 'Mätning och beräkning', nameEn: 'Surveying and computation' },

  // Gemensam IT och kontorsstöd
  { code: 'IT', parentCode: null, nameSv: 'Gemensam IT och kontorsstöd', nameEn: 'Shared IT and office support' },
  { code: 'IT.KONTOR', parentCode: 'IT', nameSv: 'Kontorsprogram', nameEn: 'Office suite' },
  { code: 'IT.EPOST', parentCode: 'IT', nameSv: 'E-post och kalender', nameEn: 'E-mail and calendar' },
  { code: 'IT.SERVICEDESK', parentCode: 'IT', nameSv: 'IT-ärendehantering', nameEn: 'IT service management' },
  { code: 'IT.IAM', parentCode: 'IT', nameSv: 'Identitets- och behörighetshantering', nameEn: 'Identity and access management' },
  { code: 'IT.KLIENT', parentCode: 'IT', nameSv: 'Klient- och utskriftshantering', nameEn: 'Endpoint and print management' },
  { code: 'IT.SAKERHET', parentCode: 'IT', nameSv: 'IT-säkerhet och skydd', nameEn: 'IT security' },
  { code: 'IT.TELEFONI', parentCode: 'IT', nameSv: 'Telefoni och växel', nameEn: 'Telephony and switchboard' },
  { code: 'IT.DRIFT', parentCode: 'IT', nameSv: 'Drift, övervakning och säkerhetskopiering', nameEn: 'Operations, monitoring and backup' },

  // Kultur och fritid
  { code: 'KUF', parentCode: null, nameSv: 'Kultur och fritid', nameEn: 'Culture and leisure' },
  { code: 'KUF.BIBLIOTEK', parentCode: 'KUF', nameSv: 'Bibliotekssystem', nameEn: 'Library management' },
  { code: 'KUF.BOKNING', parentCode: 'KUF', nameSv: 'Lokal- och anläggningsbokning', nameEn: 'Facility booking' },
  { code: 'KUF.FORENING', parentCode: 'KUF', nameSv: 'Föreningsregister och bidrag', nameEn: 'Associations and grants' },
  { code: 'KUF.KULTURSKOLA', parentCode: 'KUF', nameSv: 'Kulturskolans administration', nameEn: 'Arts school administration' },
  { code: 'KUF.EVENEMANG', parentCode: 'KUF', nameSv: 'Evenemang och biljetter', nameEn: 'Events and ticketing' },
  { code: 'KUF.SAMLING', parentCode: 'KUF', nameSv: 'Kulturarv och samlingar', nameEn: 'Heritage and collections' },

  // Teknik och fastighet
  { code: 'TEK', parentCode: null, nameSv: 'Teknik och fastighet', nameEn: 'Technical services and property' },
  { code: 'TEK.FASTIGHET', parentCode: 'TEK', nameSv: 'Fastighetsförvaltning', nameEn: 'Property management' },
  { code: 'TEK.FELANMALAN', parentCode: 'TEK', nameSv: 'Felanmälan och underhåll', nameEn: 'Fault reporting and maintenance' },
  { code: 'TEK.DRIFTSTYR', parentCode: 'TEK', nameSv: 'Fastighetsautomation och energiuppföljning', nameEn: 'Building automation and energy monitoring' },
  { code: 'TEK.VA', parentCode: 'TEK', nameSv: 'Vatten och avlopp', nameEn: 'Water and sewage' },
  { code: 'TEK.AVFALL', parentCode: 'TEK', nameSv: 'Avfallshantering', nameEn: 'Waste management' },
  { code: 'TEK.GATA', parentCode: 'TEK', nameSv: 'Gata och park', nameEn: 'Streets and parks' },
  { code: 'TEK.TRANSPORT', parentCode: 'TEK', nameSv: 'Transporter, skolskjuts och fordon', nameEn: 'Transport, school transport and fleet' },
  { code: 'TEK.MAT', parentCode: 'TEK', nameSv: 'Kost och måltidsplanering', nameEn: 'Catering and meal planning' },

  // Ledning och styrning
  { code: 'LED', parentCode: null, nameSv: 'Ledning och styrning', nameEn: 'Governance and management' },
  { code: 'LED.VERKSAMHETSPLAN', parentCode: 'LED', nameSv: 'Verksamhetsplanering och uppföljning', nameEn: 'Business planning and follow-up' },
  { code: 'LED.KVALITET', parentCode: 'LED', nameSv: 'Kvalitet, avvikelser och enkäter', nameEn: 'Quality, deviations and surveys' },
  { code: 'LED.RISK', parentCode: 'LED', nameSv: 'Risk, internkontroll och dataskydd', nameEn: 'Risk, internal control and data protection' },
  { code: 'LED.KRIS', parentCode: 'LED', nameSv: 'Krisberedskap', nameEn: 'Emergency preparedness' },
];
