/**
 * The corpus that pins how well duplicate needs are found (issue 14, item 3): pairs of needs as two
 * departments would write them, either the same need in different words (`same: true`) or a near
 * miss that shares a topic or words but is not the same need (`same: false`). The API test scores
 * every pair with the real Swedish stemmer and asserts precision and recall.
 */
export interface CorpusNeed {
  title: string;
  description: string;
}

export interface CorpusPair {
  a: CorpusNeed;
  b: CorpusNeed;
  same: boolean;
}

const n = (title: string, description: string): CorpusNeed => ({ title, description });

export const candidateCorpus: CorpusPair[] = [
  // The same need in different words
  { same: true, a: n('E-arkiv för socialtjänstens akter', 'Socialtjänstens avslutade akter ska arkiveras digitalt i ett e-arkiv.'), b: n('E-arkivering av elevakter', 'Elevakter och betyg arkiveras digitalt i kommunens e-arkiv.') },
  { same: true, a: n('Digital signering av avtal', 'Vi vill kunna signera avtal och beslut elektroniskt med e-legitimation.'), b: n('E-underskrift', 'Beslut och avtal ska kunna undertecknas digitalt, signeras med BankID i stället för på papper.') },
  { same: true, a: n('Mobil dokumentation i hemtjänsten', 'Personalen dokumenterar insatser i mobilen ute hos brukaren.'), b: n('Dokumentera i mobilen inom LSS', 'Boendestödjare ska kunna dokumentera direkt i mobil eller surfplatta hos brukaren.') },
  { same: true, a: n('Lärplattform för grundskolan', 'En gemensam lärplattform för alla grundskolor med uppgifter och bedömning.'), b: n('Ny plattform för lärande', 'Gymnasiet behöver en lärplattform där lärare delar uppgifter och gör bedömningar.') },
  { same: true, a: n('Bokningssystem för lokaler', 'Medborgare och föreningar ska kunna boka lokaler och idrottshallar på webben.'), b: n('Lokalbokning på webben', 'Föreningar bokar idrottshallar och samlingslokaler själva via webbokning.') },
  { same: true, a: n('Felanmälan i appen', 'Invånare ska kunna felanmäla trasig gatubelysning och skador i en app med karta och foto.'), b: n('Felanmälningar med karta', 'Felanmälan av gatubelysning, vägskador och klotter med position på karta.') },
  { same: true, a: n('Schemaläggning för äldreomsorgen', 'Ett verktyg för bemanning och schemaläggning av personalen i äldreomsorgen.'), b: n('Bemanningsverktyg och scheman', 'Planera scheman och bemanning för vikarier i förskolan med ett schemaläggningsverktyg.') },
  { same: true, a: n('Chattbot på webbplatsen', 'En chattbot som svarar på invånarnas vanliga frågor dygnet runt.'), b: n('Chatt för invånarfrågor', 'Invånarna ska få svar på vanliga frågor via chatt och chattbot även kvällstid.') },
  { same: true, a: n('Ärendehanteringssystem för bygglov', 'Bygglovsärenden ska hanteras digitalt i ett ärendehanteringssystem.'), b: n('Digital ärendehantering', 'Miljöärenden och tillsynsärenden ska hanteras i ett modernt ärendehanteringssystem.') },
  { same: true, a: n('Videomöten med brukare', 'Biståndshandläggare vill hålla videomöten med brukare och anhöriga.'), b: n('Digitala möten via video', 'Elevhälsan behöver säkra videomöten med vårdnadshavare.') },
  { same: true, a: n('Tidrapportering i mobilen', 'Timanställda rapporterar arbetad tid i en app i stället för på papperslappar.'), b: n('Mobil tidrapport', 'Vikarier ska rapportera tid digitalt i mobilen direkt efter passet.') },
  { same: true, a: n('Säker e-post för känsliga uppgifter', 'Krypterad e-post när vi skickar känsliga personuppgifter till vårdgivare.'), b: n('Krypterad e-post', 'Skicka sekretessuppgifter krypterat med säker e-post till andra myndigheter.') },
  { same: true, a: n('Sensorer för inomhusklimat', 'Mäta temperatur och koldioxid i klassrummen med sensorer.'), b: n('Klimatsensorer i lokaler', 'Sensorer som mäter inomhusklimat och temperatur i kommunens fastigheter.') },
  { same: true, a: n('Digital ansökan om försörjningsstöd', 'Sökande ska kunna ansöka om försörjningsstöd digitalt med e-tjänst.'), b: n('E-tjänst för ekonomiskt bistånd', 'Ansökan om ekonomiskt bistånd och försörjningsstöd via en e-tjänst, även för förnyade ansökningar.') },
  { same: true, a: n('Fakturaskanning och e-faktura', 'Leverantörsfakturor ska tas emot som e-faktura och attesteras digitalt.'), b: n('Elektronisk fakturahantering', 'Attestera leverantörsfakturor elektroniskt och sluta skanna pappersfakturor.') },
  { same: true, a: n('Trygghetslarm digitala', 'Byta analoga trygghetslarm mot digitala trygghetslarm för hemmaboende.'), b: n('Digitala trygghetslarm i hemtjänsten', 'De analoga larmen hos brukarna ska ersättas med digitala trygghetslarm.') },
  // Near misses: a topic, a system or words in common, but not the same need
  { same: false, a: n('E-arkiv för socialtjänstens akter', 'Socialtjänstens avslutade akter ska arkiveras digitalt i ett e-arkiv.'), b: n('Skanning av ritningsarkivet', 'Gamla bygglovsritningar på papper skannas så att de kan sökas på skärmen.') },
  { same: false, a: n('Lärplattform för grundskolan', 'En gemensam lärplattform för alla grundskolor med uppgifter och bedömning.'), b: n('Datorer till eleverna', 'Varje elev i årskurs 4–9 ska få en egen bärbar dator.') },
  { same: false, a: n('Mobil dokumentation i hemtjänsten', 'Personalen dokumenterar insatser i mobilen ute hos brukaren.'), b: n('Mobiltelefoner till personalen', 'Byta ut gamla mobiltelefoner och telefoniabonnemang för hela personalen.') },
  { same: false, a: n('Bokningssystem för lokaler', 'Medborgare och föreningar ska kunna boka lokaler och idrottshallar på webben.'), b: n('Ny webbplats', 'Kommunens webbplats ska göras om med bättre sökfunktion och tillgänglighet.') },
  { same: false, a: n('Chattbot på webbplatsen', 'En chattbot som svarar på invånarnas vanliga frågor dygnet runt.'), b: n('Intranät för medarbetare', 'Ett nytt intranät med nyheter och styrdokument för alla anställda.') },
  { same: false, a: n('Videomöten med brukare', 'Biståndshandläggare vill hålla videomöten med brukare och anhöriga.'), b: n('Utrustning i sammanträdesrum', 'Skärmar, högtalare och kameror i kommunhusets sammanträdesrum.') },
  { same: false, a: n('Säker e-post för känsliga uppgifter', 'Krypterad e-post när vi skickar känsliga personuppgifter till vårdgivare.'), b: n('Byte av e-postklient', 'Byta från gammal e-postklient till den nya kontorssviten för alla.') },
  { same: false, a: n('Ärendehanteringssystem för bygglov', 'Bygglovsärenden ska hanteras digitalt i ett ärendehanteringssystem.'), b: n('Kartverktyg för detaljplaner', 'Planarkitekterna behöver ett GIS-verktyg för att rita detaljplaner.') },
  { same: false, a: n('Schemaläggning för äldreomsorgen', 'Ett verktyg för bemanning och schemaläggning av personalen i äldreomsorgen.'), b: n('Lönesystem', 'Byta lönesystem när avtalet med leverantören löper ut.') },
  { same: false, a: n('Felanmälan i appen', 'Invånare ska kunna felanmäla trasig gatubelysning och skador i en app med karta och foto.'), b: n('Byte av gatubelysning till LED', 'Alla armaturer i gatubelysningen byts till LED för att spara energi.') },
  { same: false, a: n('Sensorer för inomhusklimat', 'Mäta temperatur och koldioxid i klassrummen med sensorer.'), b: n('Passersystem till skolorna', 'Nya passerkort och lås på alla skolor.') },
  { same: false, a: n('Digital ansökan om försörjningsstöd', 'Sökande ska kunna ansöka om försörjningsstöd digitalt med e-tjänst.'), b: n('E-tjänst för skolskjuts', 'Vårdnadshavare ansöker om skolskjuts i en e-tjänst.') },
  { same: false, a: n('Trygghetslarm digitala', 'Byta analoga trygghetslarm mot digitala trygghetslarm för hemmaboende.'), b: n('Inbrottslarm i förskolor', 'Nya inbrottslarm kopplade till väktarbolaget i förskolorna.') },
  { same: false, a: n('Tidrapportering i mobilen', 'Timanställda rapporterar arbetad tid i en app i stället för på papperslappar.'), b: n('Rapporter om elevfrånvaro', 'Skolan ska kunna ta fram rapporter och statistik över frånvaro.') },
  { same: false, a: n('Fakturaskanning och e-faktura', 'Leverantörsfakturor ska tas emot som e-faktura och attesteras digitalt.'), b: n('Upphandling av ekonomisystem', 'Ekonomisystemets avtal löper ut och en ny upphandling behövs.') },
];
