import type { PaymentCase } from './PaymentCase.js'

const y = (from: number, to = from) => ({ from, to })
const US = 'United States'

// Each record as printed in Henke (2019); see PaymentCase for the conventions.
const records: readonly PaymentCase[] = [
  // Korean War
  {
    id: 'korea-colombia', operation: 'Korean War', years: y(1950), payer: US, recipient: 'Colombia', troops: 1068, amountUSD: 500_000, basis: 'per month',
    paidFor: 'deployment assistance; nonlethal and lethal equipment', instrument: 'subsidy', status: 'received', recipientType: 'willing but inadequately resourced',
    quote: 'Colombia add 1,068 ground troops to be sent to Korea … U.S. officials provided the Colombian government with $500,000 per month in deployment assistance … Colombia thus falls into the category of “willing but inadequately resourced” coalition participants',
  },
  {
    id: 'korea-ethiopia', operation: 'Korean War', years: y(1950), payer: US, recipient: 'Ethiopia', troops: 1270, amountUSD: undefined, basis: undefined,
    paidFor: 'deployment subsidies for its contingent, and U.S. equipment for divisions at home (a side deal)', instrument: 'both', status: 'sought', recipientType: undefined,
    quote: 'In August 1950, Ethiopia offered to send approximately 1,270 troops to Korea, but only if the United States provided deployment subsidies for the Ethiopian contingent and delivered U.S. equipment “to arm several of its military divisions” stationed at home',
  },
  {
    id: 'korea-turkey', operation: 'Korean War', years: undefined, payer: US, recipient: 'Turkey', troops: 5000, amountUSD: undefined, basis: undefined,
    paidFor: 'hoped-for NATO membership', instrument: 'side deal', status: 'sought', recipientType: undefined,
    quote: 'Turkey volunteered to send more than 5,000 troops to Korea hoping to gain membership in NATO',
  },
  {
    id: 'korea-australia', operation: 'Korean War', years: undefined, payer: US, recipient: 'Australia', troops: 2280, amountUSD: undefined, basis: undefined,
    paidFor: 'a defense agreement with the United States', instrument: 'side deal', status: 'sought', recipientType: 'opportunistic',
    quote: 'with an explicit opportunistic intent in mind, Australia contributed approximately 2,280 troops and New Zealand approximately 1,385 troops to the Korean War. Both countries wanted a defense agreement with the United States',
  },
  {
    id: 'korea-new-zealand', operation: 'Korean War', years: undefined, payer: US, recipient: 'New Zealand', troops: 1385, amountUSD: undefined, basis: undefined,
    paidFor: 'a defense agreement with the United States', instrument: 'side deal', status: 'sought', recipientType: 'opportunistic',
    quote: 'with an explicit opportunistic intent in mind, Australia contributed approximately 2,280 troops and New Zealand approximately 1,385 troops to the Korean War. Both countries wanted a defense agreement with the United States',
  },
  {
    id: 'korea-thailand', operation: 'Korean War', years: undefined, payer: US, recipient: 'Thailand', troops: undefined, amountUSD: undefined, basis: undefined,
    paidFor: 'a substantial aid package', instrument: 'side deal', status: 'sought', recipientType: 'opportunistic',
    quote: 'Thailand intended to gain a substantial aid package from the United States … Thai Prime Minister Plaek Phibunsongkhram did not even try to hide his opportunistic intentions',
  },
  {
    id: 'korea-south-africa', operation: 'Korean War', years: y(1951), payer: US, recipient: 'South Africa', troops: undefined, amountUSD: undefined, basis: undefined,
    paidFor: 'jet aircraft at $5,447 apiece instead of the usual $58,000, and protection from UN condemnation of apartheid, after a threat to withdraw', instrument: 'side deal', status: 'received', recipientType: undefined,
    quote: 'in September 1951, South Africa threatened to withdraw its troops from Korea if the United States did not grant South Africa new jet aircrafts … aircraft that usually retailed for $58,000 were acquired by South Africa for a mere $5,447 a piece … the United States also started to effectively protect the South African regime from international condemnation of its apartheid policies',
  },
  // Vietnam War
  {
    id: 'vietnam-south-korea', operation: 'Vietnam War', years: y(1965, 1970), payer: US, recipient: 'South Korea', troops: undefined, amountUSD: 1e9, basis: 'total',
    paidFor: 'pay and allowances, plus military equipment, military aid and economic aid', instrument: 'both', status: 'received', recipientType: undefined,
    quote: 'South Korea received roughly $1 billion in pay and allowances during 1965–70',
  },
  {
    id: 'vietnam-philippines', operation: 'Vietnam War', years: undefined, payer: US, recipient: 'Philippines', troops: 2000, amountUSD: 9.13e6, basis: 'per year',
    paidFor: 'an engineering unit’s deployment, plus military equipment and economic sweeteners', instrument: 'both', status: 'received', recipientType: undefined,
    quote: 'The Philippines received $9.13 million a year for the deployment of an approximately 2,000-man engineering unit',
  },
  {
    id: 'vietnam-thailand', operation: 'Vietnam War', years: undefined, payer: US, recipient: 'Thailand', troops: 10_000, amountUSD: 50e6, basis: 'per year',
    paidFor: 'its deployment, plus substantial military equipment', instrument: 'both', status: 'received', recipientType: undefined,
    quote: 'Thailand received roughly $50 million per year for its deployment of approximately 10,000 troops to Vietnam, in addition to substantial amounts of military equipment',
  },
  // Gulf War
  {
    id: 'gulf-all', operation: 'Gulf War', years: undefined, payer: 'United States (with funds from Germany, Japan, Kuwait and Saudi Arabia)', recipient: 'coalition members', troops: undefined, amountUSD: 16e9, basis: 'total',
    paidFor: 'allied payment packages (more than the amount shown)', instrument: 'both', status: 'received', recipientType: undefined,
    quote: 'the United States collected more than $16 billion to be distributed to coalition members',
  },
  {
    id: 'gulf-egypt-debt', operation: 'Gulf War', years: undefined, payer: US, recipient: 'Egypt', troops: 33_600, amountUSD: 7.1e9, basis: 'total',
    paidFor: 'forgiveness of its debt to the United States', instrument: 'side deal', status: 'received', recipientType: 'critical contributor',
    quote: 'these states constituted critical contributors, especially Iraq\'s neighbors: Egypt, Jordan, Syria, and Turkey … to sweeten the deal of sending 33,600 troops to war, the United States forgave Egypt\'s $7.1 billion debt',
  },
  {
    id: 'gulf-egypt-imf', operation: 'Gulf War', years: undefined, payer: 'International Monetary Fund (at U.S. urging)', recipient: 'Egypt', troops: undefined, amountUSD: 372e6, basis: 'total',
    paidFor: 'an IMF loan', instrument: 'side deal', status: 'received', recipientType: 'critical contributor',
    quote: 'these states constituted critical contributors, especially Iraq\'s neighbors: Egypt, Jordan, Syria, and Turkey … at the urging of the United States (and despite a history of flouting International Monetary Fund–imposed conditions), Egypt also received an IMF loan of $372 million',
  },
  {
    id: 'gulf-egypt-paris-club', operation: 'Gulf War', years: y(1991), payer: 'Paris Club creditors (lobbied by the United States)', recipient: 'Egypt', troops: undefined, amountUSD: undefined, basis: undefined,
    paidFor: 'forgiveness of half of its $20 billion debt', instrument: 'side deal', status: 'received', recipientType: 'critical contributor',
    quote: 'these states constituted critical contributors, especially Iraq\'s neighbors: Egypt, Jordan, Syria, and Turkey … in May 1991, the United States lobbied members of the Paris Club, an informal group of the world\'s richest creditor nations, to agree to forgive half of Egypt\'s $20 billion debt',
  },
  {
    id: 'gulf-syria', operation: 'Gulf War', years: undefined, payer: US, recipient: 'Syria', troops: undefined, amountUSD: 2.2e9, basis: 'total',
    paidFor: 'money, and the easing of U.S. sanctions imposed for its support of terrorism', instrument: 'side deal', status: 'received', recipientType: 'critical contributor',
    quote: 'these states constituted critical contributors, especially Iraq\'s neighbors: Egypt, Jordan, Syria, and Turkey … Syria, in turn, collected roughly $2.2 billion and negotiated that U.S. sanctions previously imposed on Syria for its support of terrorism would be eased',
  },
  {
    id: 'gulf-jordan', operation: 'Gulf War', years: undefined, payer: US, recipient: 'Jordan', troops: undefined, amountUSD: 1e9, basis: 'total',
    paidFor: 'its “implicit cooperation”', instrument: 'side deal', status: 'received', recipientType: 'critical contributor',
    quote: 'these states constituted critical contributors, especially Iraq\'s neighbors: Egypt, Jordan, Syria, and Turkey … For its mere “implicit cooperation,” Jordan still received roughly $1 billion',
  },
  {
    id: 'gulf-turkey', operation: 'Gulf War', years: undefined, payer: US, recipient: 'Turkey', troops: undefined, amountUSD: 8.3e9, basis: 'total',
    paidFor: 'direct aid, plus $8 billion worth of military equipment, free oil from the Gulf states and a renegotiated textiles agreement, for joining the sanctions and lending bases and airspace', instrument: 'side deal', status: 'received', recipientType: 'critical contributor',
    quote: 'these states constituted critical contributors, especially Iraq\'s neighbors: Egypt, Jordan, Syria, and Turkey … the United States wanted to use Turkish military bases and airspace for coalition operations … the United States offered Turkey $8.3 billion in direct aid, $8 billion worth of military equipment, free oil from the Gulf states, and a renegotiation of its textiles agreement with the United States',
  },
  // Iraq 2003
  {
    id: 'iraq-all', operation: 'Iraq War', years: y(2003, 2006), payer: US, recipient: 'coalition members', troops: undefined, amountUSD: 1.5e9, basis: 'total',
    paidFor: 'coalition reimbursements (Coalition Support Funds, Global Lift and Sustain, Peace Operations account)', instrument: 'subsidy', status: 'received', recipientType: undefined,
    quote: 'the U.S. government is estimated to have spent roughly $1.5 billion on coalition reimbursements from 2003 to 2006',
  },
  {
    id: 'iraq-turkey-offer', operation: 'Iraq War', years: y(2003), payer: US, recipient: 'Turkey', troops: undefined, amountUSD: 4e9, basis: 'total',
    paidFor: 'offered: a cash grant (or a $34 billion loan at 6.25 percent), $2 billion in military aid, $250 million in base upgrades, $750 million of purchases, $1 billion of oil, and trade concessions; the Turkish parliament rejected participation', instrument: 'side deal', status: 'offered', recipientType: 'critical contributor',
    quote: 'Turkey, which was considered a critical contributor to the coalition … a $4 billion cash grant or, if Turkey so chose, a $34 billion loan at an interest rate of 6.25 percent (i.e., 50 percent below Turkey\'s market rate at the time); $2 billion in military aid; $250 million in upgrades to Turkish military bases; the purchase of $750 million worth of Turkish products for use by U.S. forces participating in the intervention; $1 billion worth of oil provided to Turkey from its allies in the region … On March 1, 2003, however, the Turkish parliament rejected Turkish participation in the coalition',
  },
  {
    id: 'iraq-turkey-loans', operation: 'Iraq War', years: y(2003), payer: US, recipient: 'Turkey', troops: undefined, amountUSD: 8.5e9, basis: 'total',
    paidFor: 'loans at 6.25 percent for a much smaller involvement', instrument: 'side deal', status: 'received', recipientType: 'critical contributor',
    quote: 'Turkey, which was considered a critical contributor to the coalition … the U.S. government would provide Turkey with $8.5 billion in loans at an interest rate of 6.25 percent',
  },
  {
    id: 'iraq-poland', operation: 'Iraq War', years: y(2003, 2007), payer: US, recipient: 'Poland', troops: undefined, amountUSD: 1e9, basis: 'total',
    paidFor: 'expenses of leading Multinational Division–Center South (slightly less than the amount shown)', instrument: 'subsidy', status: 'received', recipientType: 'opportunistic',
    quote: 'It paid Poland just slightly less than $1 billion from March 2003 through March 2007 for expenses incurred in taking the lead in the Multinational Division–Center South in Iraq … Poland arguably also harbored some opportunistic motives',
  },
  {
    id: 'iraq-georgia', operation: 'Iraq War', years: y(2003, 2008), payer: US, recipient: 'Georgia', troops: 3000, amountUSD: 125e6, basis: 'total',
    paidFor: 'pre-deployment training and essential equipment', instrument: 'subsidy', status: 'received', recipientType: undefined,
    quote: 'Georgia was reimbursed with approximately $125 million for pre-deployment training and essential equipment to support its 3,000 forces deployed to Iraq during 2003–08',
  },
  {
    id: 'iraq-czech-republic-deployment', operation: 'Iraq War', years: y(2003), payer: US, recipient: 'Czech Republic', troops: undefined, amountUSD: undefined, basis: undefined,
    paidFor: 'most of the $20 million deployment costs of a 250-person anti-chemical warfare unit and a 270-person hospital battalion', instrument: 'subsidy', status: 'received', recipientType: undefined,
    quote: 'In 2003, the Czech Republic sent a 250-person anti-chemical warfare unit to Iraq and a 270-person hospital battalion. The United States covered most of the $20 million in deployment costs',
  },
  ...(
    [
      ['czech-republic', 'Czech Republic', 15e6],
      ['hungary', 'Hungary', 15e6],
      ['romania', 'Romania', 15e6],
      ['slovakia', 'Slovakia', 6e6],
      ['bulgaria', 'Bulgaria', 5e6],
      ['slovenia', 'Slovenia', 5e6],
      ['estonia', 'Estonia', 3e6],
      ['latvia', 'Latvia', 3e6],
      ['lithuania', 'Lithuania', 3e6],
    ] as const
  ).map(
    ([slug, recipient, amountUSD]): PaymentCase => ({
      id: `iraq-${slug}-military-aid`, operation: 'Iraq War', years: y(2003), payer: US, recipient, troops: undefined, amountUSD, basis: 'total',
      paidFor: 'military aid (Emergency Wartime Supplemental Appropriations Act of 2003)', instrument: 'side deal', status: slug === 'estonia' || slug === 'latvia' || slug === 'lithuania' ? 'offered' : 'received', recipientType: undefined,
      quote: 'Via the Emergency Wartime Supplemental Appropriations Act of 2003, the Czech Republic also received $15 million in military aid, the same amount as Hungary and Romania; Slovakia received $6 million in military aid; Bulgaria and Slovenia received $5 million in military aid; and Estonia, Latvia, and Lithuania were each offered $3 million in military aid',
    }),
  ),
  {
    id: 'iraq-bulgaria-side-deal', operation: 'Iraq War', years: y(2003), payer: US, recipient: 'Bulgaria', troops: undefined, amountUSD: undefined, basis: undefined,
    paidFor: 'designation as a “market-based economy”, and reimbursement of the debt Iraq owed it', instrument: 'side deal', status: 'received', recipientType: undefined,
    quote: 'On February 28, 2003, weeks before the Iraq invasion, the U.S. Commerce Department suddenly designated Bulgaria a “market-based economy.” … Bulgaria was reimbursed by the United States for the debt owed to it by Iraq',
  },
  // ISAF
  {
    id: 'isaf-all', operation: 'ISAF (Afghanistan)', years: y(2010, 2015), payer: US, recipient: 'coalition members (the bulk of the Eastern European participants)', troops: undefined, amountUSD: 9.4e9, basis: 'total',
    paidFor: 'coalition payments (Coalition Support Funds and Lift and Sustain)', instrument: 'subsidy', status: 'received', recipientType: undefined,
    quote: 'the U.S. government spent roughly $9.4 billion on ISAF coalition payments from 2010 to 2015',
  },
  // KFOR
  {
    id: 'kfor-morocco', operation: 'KFOR (Kosovo)', years: y(2003, 2008), payer: 'France', recipient: 'Morocco', troops: 450, amountUSD: 25e6, basis: 'total',
    paidFor: 'the full cost of its contingent', instrument: 'subsidy', status: 'received', recipientType: undefined,
    quote: 'the Moroccan contingent (approximately 450 troops) serving in NATO\'s Kosovo Force (KFOR) was fully funded by the French government. Overall, the French government spent about $25 million from 2003 to 2008 to finance this deployment',
  },
  {
    id: 'kfor-romania-2011', operation: 'KFOR (Kosovo)', years: y(2011), payer: US, recipient: 'Romania', troops: 30, amountUSD: 320_000, basis: 'total',
    paidFor: 'its KFOR contingent (fiscal year 2011)', instrument: 'subsidy', status: 'received', recipientType: undefined,
    quote: 'the Romanian contingent (approximately 30 troops) serving in KFOR received approximately $320,000 in fiscal year 2011',
  },
  {
    id: 'kfor-romania-2012', operation: 'KFOR (Kosovo)', years: y(2012), payer: US, recipient: 'Romania', troops: 30, amountUSD: 340_000, basis: 'total',
    paidFor: 'its KFOR contingent (fiscal year 2012)', instrument: 'subsidy', status: 'received', recipientType: undefined,
    quote: 'the Romanian contingent (approximately 30 troops) serving in KFOR received approximately $320,000 in fiscal year 2011 and $340,000 in fiscal year 2012 from the United States',
  },
  {
    id: 'kfor-armenia', operation: 'KFOR (Kosovo)', years: y(2012), payer: US, recipient: 'Armenia', troops: 35, amountUSD: 850_000, basis: 'total',
    paidFor: 'reimbursement of its KFOR deployment (fiscal year 2012)', instrument: 'subsidy', status: 'received', recipientType: undefined,
    quote: 'Armenia was reimbursed $850,000 in fiscal year 2012 for its KFOR deployment of 35 troops',
  },
  // UNAMID (Darfur)
  {
    id: 'unamid-rwanda', operation: 'UNAMID (Darfur)', years: y(2008), payer: US, recipient: 'Rwanda', troops: 3430, amountUSD: 20e6, basis: 'total',
    paidFor: 'equipment and transportation support for its contingent', instrument: 'subsidy', status: 'offered', recipientType: undefined,
    quote: 'on September 3, 2008, the United States offered Rwanda approximately $20 million in equipment and transportation support items intended for use by Rwanda\'s UNAMID contingent in Darfur … Rwanda agreed to serve as the second largest UNAMID troop contributor with roughly 3,430 forces',
  },
  {
    id: 'amis-nigeria-airlift', operation: 'AMIS (Darfur)', years: y(2004), payer: US, recipient: 'Nigeria', troops: 150, amountUSD: undefined, basis: undefined,
    paidFor: 'material assistance for the deployment, including an airlift of its peacekeepers', instrument: 'subsidy', status: 'received', recipientType: undefined,
    quote: 'Nigeria agreed, on the condition that the U.S. government provided material assistance for the deployment … In October 2004, the U.S. Air Force also lifted 150 Nigerian peacekeepers to Darfur',
  },
  {
    id: 'unamid-nigeria-debt', operation: 'UNAMID (Darfur)', years: y(2005), payer: 'Paris Club creditors (lobbied by the United States)', recipient: 'Nigeria', troops: 3000, amountUSD: undefined, basis: undefined,
    paidFor: 'a 60 percent reduction of its debt', instrument: 'side deal', status: 'received', recipientType: undefined,
    quote: 'On June 30, 2005, after intense U.S. lobbying, the Paris Club agreed to a 60 percent reduction of Nigeria\'s debt … Nigeria\'s willingness to send more than 3,000 troops to Darfur played, without a doubt, a major role in this decisionmaking process',
  },
  // UN operations
  {
    id: 'unamir-zambia', operation: 'UNAMIR (Rwanda)', years: undefined, payer: 'Netherlands', recipient: 'Zambia', troops: undefined, amountUSD: 5.5e6, basis: 'total',
    paidFor: 'its battalion’s participation, plus another $3 million worth of equipment', instrument: 'subsidy', status: 'received', recipientType: undefined,
    quote: 'the Dutch government supplied $5.5 million and another $3 million worth of equipment including vehicles, generators, kitchen trailers, and ambulances to enable the Zambian battalion to participate in the United Nations Assistance Mission for Rwanda',
  },
  ...(['Fiji', 'Philippines'] as const).map(
    (recipient): PaymentCase => ({
      id: `untaet-${recipient.toLowerCase()}`, operation: 'UNTAET (East Timor)', years: undefined, payer: 'Australia', recipient, troops: undefined, amountUSD: undefined, basis: undefined,
      paidFor: 'the entire deployment', instrument: 'subsidy', status: 'received', recipientType: undefined,
      quote: 'Australia financed the entire deployment of Fiji and the Philippines to the United Nations Transitional Administration in East Timor',
    }),
  ),
  {
    id: 'unosom-morocco', operation: 'UNOSOM (Somalia)', years: y(1992), payer: US, recipient: 'Morocco', troops: 1400, amountUSD: undefined, basis: undefined,
    paidFor: 'a pledge to act as a (friendly) negotiator in the Western Sahara conflict', instrument: 'side deal', status: 'sought', recipientType: undefined,
    quote: 'Morocco sought a U.S. pledge to act as a (friendly) negotiator in the Western Sahara conflict for its approximately 1,400-troop deployment to the United Nations Operation in Somalia in 1992',
  },
  {
    id: 'unosom-pakistan', operation: 'UNOSOM (Somalia)', years: y(1992), payer: US, recipient: 'Pakistan', troops: undefined, amountUSD: undefined, basis: undefined,
    paidFor: 'a promise that nuclear sanctions would be lifted', instrument: 'side deal', status: 'sought', recipientType: undefined,
    quote: 'Pakistan wanted a promise from the United States that nuclear sanctions would be lifted if it committed forces to the same operation',
  },
  // AMISOM (Somalia)
  {
    id: 'amisom-all', operation: 'AMISOM (Somalia)', years: undefined, payer: 'United States and European Union', recipient: 'AMISOM contingents', troops: undefined, amountUSD: 2e9, basis: 'total',
    paidFor: 'allowances, compensation, salaries and operating costs (EU); equipment and pre-deployment training (US); more than the amount shown', instrument: 'subsidy', status: 'received', recipientType: undefined,
    quote: 'they cooperate in financing AMISOM, spending thus far more than $2 billion on the mission',
  },
  {
    id: 'amisom-uganda-train-equip', operation: 'AMISOM (Somalia)', years: y(2011, 2016), payer: US, recipient: 'Uganda', troops: undefined, amountUSD: 156e6, basis: 'total',
    paidFor: 'the Train and Equip program (fiscal years 2011–16)', instrument: 'subsidy', status: 'received', recipientType: undefined,
    quote: 'For fiscal year 2011–16, Uganda also received $156 million via the United States’ Train and Equip program',
  },
  {
    id: 'amisom-uganda-pko', operation: 'AMISOM (Somalia)', years: y(2011, 2016), payer: US, recipient: 'Uganda', troops: undefined, amountUSD: 69e6, basis: 'total',
    paidFor: 'the State Department’s Peacekeeping Operations account (fiscal years 2011–16)', instrument: 'subsidy', status: 'received', recipientType: undefined,
    quote: 'For fiscal year 2011–16, Uganda also received $156 million via the United States’ Train and Equip program and $69 million via the U.S. State Department\'s Peacekeeping Operations account',
  },
  {
    id: 'amisom-burundi', operation: 'AMISOM (Somalia)', years: y(2007), payer: 'United States, with Belgium, France, Germany and the Netherlands', recipient: 'Burundi', troops: undefined, amountUSD: undefined, basis: undefined,
    paidFor: 'logistical, training and financial support: a twenty-page list of items from trucks and helicopters to sleeping bags', instrument: 'subsidy', status: 'received', recipientType: undefined,
    quote: 'It signaled its interest in joining AMISOM in the spring of 2007 but emphasized that it needed external logistical, training, and financial support to be an effective coalition partner … The U.S. government, with help from European states such as Belgium, France, Germany, and the Netherlands, soon obliged',
  },
  {
    id: 'amisom-djibouti', operation: 'AMISOM (Somalia)', years: undefined, payer: US, recipient: 'Djibouti', troops: 663, amountUSD: undefined, basis: undefined,
    paidFor: 'pre-deployment training, a national peacekeeping training center, and equipment for a battalion', instrument: 'subsidy', status: 'received', recipientType: undefined,
    quote: 'It received pre-deployment training for a 663-strong contingent, a national peacekeeping training center, and military equipment for an entire battalion (including 100 vehicles, machine guns, and Harris radios)',
  },
  // ECOMOG (Liberia, Sierra Leone) and the EU in Chad
  {
    id: 'ecomog-senegal', operation: 'ECOMOG (Liberia)', years: y(1991), payer: US, recipient: 'Senegal', troops: undefined, amountUSD: 15e6, basis: 'total',
    paidFor: 'joining ECOMOG', instrument: 'subsidy', status: 'offered', recipientType: undefined,
    quote: 'In 1991, the U.S. government offered Senegal roughly $15 million for joining the Economic Community of West African States Monitoring Group (ECOMOG) in Liberia',
  },
  {
    id: 'ecomog-senegal-debt', operation: 'ECOMOG (Liberia)', years: y(1991), payer: US, recipient: 'Senegal', troops: undefined, amountUSD: 42e6, basis: 'total',
    paidFor: 'forgiveness of its debt', instrument: 'side deal', status: 'received', recipientType: undefined,
    quote: 'It also forgave Senegal\'s $42 million debt, a move Senegal\'s contribution to the ECOWAS coalition likely prompted',
  },
  {
    id: 'ecomog-tanzania-uganda', operation: 'ECOMOG (Liberia)', years: undefined, payer: US, recipient: 'Tanzania and Uganda', troops: undefined, amountUSD: 15e6, basis: 'total',
    paidFor: 'serving in ECOMOG (the two together)', instrument: 'subsidy', status: 'received', recipientType: undefined,
    quote: 'The U.S. government also provided roughly $15 million to Tanzania and Uganda for serving in ECOMOG',
  },
  {
    id: 'ecomog-ghana-uk', operation: 'ECOMOG (Sierra Leone)', years: y(1997), payer: 'United Kingdom', recipient: 'Ghana', troops: undefined, amountUSD: undefined, basis: undefined,
    paidFor: 'equipment for its contingent', instrument: 'subsidy', status: 'received', recipientType: undefined,
    quote: 'the ECOWAS coalitions that intervened in Sierra Leone in 1997. The United Kingdom equipped the Ghanaian contingent',
  },
  {
    id: 'ecomog-uk-logistics', operation: 'ECOMOG (Sierra Leone)', years: y(1997), payer: 'United Kingdom', recipient: 'ECOMOG', troops: undefined, amountUSD: 1.6e6, basis: 'total',
    paidFor: 'logistical support (communication equipment, trucks, field ambulances)', instrument: 'subsidy', status: 'received', recipientType: undefined,
    quote: 'it provided $1.6 million in logistical support (i.e., communication equipment, trucks, and field ambulances) to the overall ECOMOG undertaking',
  },
  {
    id: 'ecomog-canada', operation: 'ECOMOG (Sierra Leone)', years: y(1997), payer: 'Canada', recipient: 'Ghana and Nigeria', troops: undefined, amountUSD: 700_000, basis: 'total',
    paidFor: 'nonlethal equipment, including rations and medical supplies', instrument: 'subsidy', status: 'received', recipientType: undefined,
    quote: 'Canada, in turn, provided approximately $700,000 in nonlethal equipment, including rations and medical supplies, to Ghanaian and Nigerian troops',
  },
  {
    id: 'ecomog-mali', operation: 'ECOMOG (Sierra Leone)', years: y(1997), payer: 'Netherlands', recipient: 'Mali', troops: undefined, amountUSD: undefined, basis: undefined,
    paidFor: 'its participation', instrument: 'subsidy', status: 'received', recipientType: undefined,
    quote: 'the Netherlands helped underwrite Mali\'s participation in the Sierra Leone coalition',
  },
  {
    id: 'eufor-chad-car', operation: 'EUFOR Chad/CAR', years: undefined, payer: 'France', recipient: 'Albania, Poland, Russia and Ukraine', troops: undefined, amountUSD: undefined, basis: undefined,
    paidFor: 'their deployments', instrument: 'subsidy', status: 'received', recipientType: undefined,
    quote: 'France subsidized the deployments of Albania, Poland, Russia, and Ukraine to the EU operation in Chad and the Central African Republic',
  },
]

/**
 * Every payment episode in Henke, *Buying Allies* (2019): who paid whom, for how many troops, how
 * much (nominal US$ as printed), by which instrument, and the seed's own words, in the order the
 * article tells them: Korea, Vietnam, the Gulf War, Iraq 2003, ISAF, KFOR, UNAMID, UN operations,
 * AMISOM, ECOMOG and the EU in Chad. Whatever the article does not state is `undefined`, never 0; an
 * amount printed as "more than" or "slightly less than" is stored as printed and the qualifier kept
 * in `paidFor` and `quote`. Frozen, records and all.
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { paymentCases } from 'coalitions/data'
 *
 * // Per soldier-year, what the United States paid Thailand for Vietnam.
 * const thailand = paymentCases.find((c) => c.id === 'vietnam-thailand')!
 * assert.equal(thailand.amountUSD! / thailand.troops!, 5000)
 * // Side deals: everything the Gulf War's critical contributors received that was not a subsidy.
 * const gulf = paymentCases.filter((c) => c.operation === 'Gulf War' && c.recipientType === 'critical contributor')
 * assert.deepStrictEqual([...new Set(gulf.map((c) => c.recipient))], ['Egypt', 'Syria', 'Jordan', 'Turkey'])
 * ```
 *
 * @see Henke, "Buying allies: payment practices in multilateral military coalition-building", *International Security* 43 (2019).
 * @since 0.1.0
 * @category data
 */
export const paymentCases: readonly PaymentCase[] = Object.freeze(records.map((r) => Object.freeze({ ...r, years: r.years && Object.freeze(r.years) })))
