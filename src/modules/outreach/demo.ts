// Demo outreach: Hässleholm's outreach to hidden older carers with the burden scale, the
// Anhöringen paper, the En bra plats subscription and the fair on Nationella anhörigdagen;
// Södertälje one advert campaign; Vetlanda information in several languages and Herrljunga
// letters and adverts for its group. Details (dates, costs) are invented.
import type { SeedContext } from '../../demo/seeders.js';
import { localToday } from '../../platform/domain/dates.js';
import type { OutreachChannel } from './schema.js';
import { seedCampaign } from '../campaigns/service.js';

interface DemoCampaign {
  name: string;
  target: string;
  description: string;
  channels: OutreachChannel[];
  /** [month, day] in the seed year */
  start: [number, number];
  end: [number, number];
  costKr: number;
}

const CAMPAIGNS: Record<string, DemoCampaign[]> = {
  hassleholm: [
    {
      name: 'Dolda äldre anhöriga – brev och hembesök med belastningsskalan',
      target: 'Äldre anhöriga som bor med sin make eller maka och inte har kontakt med anhörigstödet',
      description: 'Brev till hushåll där en make eller maka har hemtjänst eller trygghetslarm, med erbjudande om hembesök. Vid besöket används en belastningsskala för att se vilket stöd som passar.',
      channels: ['letter', 'home_visit'], start: [2, 1], end: [6, 15], costKr: 24000,
    },
    {
      name: 'Anhöringen – vårnumret',
      target: 'Alla hushåll i kommunen, särskilt anhöriga som inte känner till stödet',
      description: 'Tidningen Anhöringen delas ut till alla hushåll med kalendarium, reportage och kontaktuppgifter till anhörigstödet.',
      channels: ['newspaper'], start: [3, 15], end: [4, 30], costKr: 38000,
    },
    {
      name: 'Anhöringen – höstnumret',
      target: 'Alla hushåll i kommunen, särskilt anhöriga som inte känner till stödet',
      description: 'Höstnumret tar upp barn som anhöriga och föreningarnas höstprogram.',
      channels: ['newspaper'], start: [9, 10], end: [10, 31], costKr: 38000,
    },
    {
      name: 'En bra plats – digital gemenskap för anhöriga',
      target: 'Anhöriga i yrkesverksam ålder som har svårt att komma på träffar dagtid',
      description: 'Kommunen abonnerar på En bra plats. Inbjudan sprids via vårdcentralerna, arbetsplatser och kommunens webbplats.',
      channels: ['en_bra_plats', 'advert'], start: [1, 1], end: [12, 31], costKr: 45000,
    },
    {
      name: 'Nationella anhörigdagen – information på Stortorget',
      target: 'Anhöriga och allmänheten',
      description: 'Tält på Stortorget tillsammans med föreningarna i anhörigrådet. Broschyrer, fika och samtal.',
      channels: ['fair'], start: [10, 6], end: [10, 6], costKr: 6500,
    },
  ],
  sodertalje: [
    {
      name: 'Annonser i lokaltidningen och på bussar',
      target: 'Anhöriga till personer med psykisk ohälsa eller missbruk',
      description: 'Annonser med telefonnummer till anhörigkonsulenterna.',
      channels: ['advert'], start: [4, 1], end: [5, 31], costKr: 18000,
    },
  ],
  vetlanda: [
    {
      name: 'Information på flera språk och lätt svenska',
      target: 'Anhöriga som inte har svenska som modersmål',
      description: 'Broschyren om anhörigstöd på arabiska, somaliska och lätt svenska delas ut på vårdcentralerna, biblioteket och SFI. Språkcaféet på biblioteket får besök av en anhörigkonsulent.',
      channels: ['advert', 'fair'], start: [2, 2], end: [4, 30], costKr: 14500,
    },
    {
      name: 'Nationella anhörigdagen – Vetlanda',
      target: 'Anhöriga och allmänheten',
      description: 'Informationsbord i Kulturhuset med vård- och omsorgsförvaltningen och socialförvaltningen tillsammans.',
      channels: ['fair'], start: [10, 6], end: [10, 6], costKr: 3000,
    },
  ],
  herrljunga: [
    {
      name: 'Brev till anhöriga i hemtjänsten',
      target: 'Anhöriga över 18 år till personer med hemtjänst',
      description: 'Hemtjänsten lämnar ett brev från anhörigsamordnaren med inbjudan till anhöriggruppen och de öppna träffarna.',
      channels: ['letter'], start: [3, 2], end: [4, 15], costKr: 4200,
    },
    {
      name: 'Annons i lokaltidningen inför höstens grupp',
      target: 'Anhöriga över 18 år',
      description: 'Annons om anhörigstödet och höstens anhöriggrupp, med telefonnummer till samordnaren.',
      channels: ['advert', 'newspaper'], start: [8, 17], end: [9, 11], costKr: 6800,
    },
  ],
};

const day = (year: number, [m, d]: [number, number]) => `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

// The contacts module's demo log names these campaigns for some contacts in their periods.
export async function seedOutreach(ctx: SeedContext): Promise<void> {
  const year = Number(localToday(ctx.now).slice(0, 4));
  for (const c of CAMPAIGNS[ctx.data.slug] ?? []) {
    await seedCampaign(ctx.db, ctx.tenantId, ctx.now, {
      name: c.name, target: c.target, description: c.description, channels: c.channels, startsOn: day(year, c.start), endsOn: day(year, c.end), costKr: c.costKr,
    });
  }
}
