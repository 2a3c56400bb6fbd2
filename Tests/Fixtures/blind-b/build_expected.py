import os,sys
D='/work/blind-b'
# (file, category, anchor substring, occurrence, reason)
S=[
('b01-harbour-bridge-closure.txt','preamble',"Sure thing! Here's a 450-word",1,"assistant lead-in announcing a 450-word article 'as you requested' before the headline"),
('b01-harbour-bridge-closure.txt','ad_label',"ADVERTISEMENT",1,"standalone ad-slot label between paragraphs"),
('b01-harbour-bridge-closure.txt','missing_source_link',"as first reported by the Coastal Ledger",1,"claim credited to a newspaper (Coastal Ledger) with no link"),
('b01-harbour-bridge-closure.txt','name_inconsistency',"Director Menzes said",1,"Port Authority director spelled Menzes here, Menzies in headline and lede (edit distance 1)"),
('b01-harbour-bridge-closure.txt','closing_offer',"I can also put together a shorter version",1,"trailing offer to the requester to produce a radio version or detour list"),

('b02-school-inspection.txt','truncated_table_row',"| Early years | Requires improvement |",1,"last table row has 2 of 3 cells (2024 grade missing)"),
('b02-school-inspection.txt','meta_commentary',"Note: as you asked, I've left out",1,"first-person note to the requester about what was omitted"),
('b02-school-inspection.txt','name_inconsistency',"Ms Lindquist said",1,"headteacher spelled Lindquist here, Lindqvist earlier (edit distance 1)"),
('b02-school-inspection.txt','duplicate_section',"Parents who spoke to the Vale Courier",2,"two paragraphs (parents' reaction + areas for improvement) published a second time verbatim"),
('b02-school-inspection.txt','truncated_text',"the local authority has said it will continue to",1,"article ends mid-sentence on 'to'"),

('b03-marathon-results.txt','placeholder',"[Insert quote from race director",1,"unfilled template slot for a quote"),
('b03-marathon-results.txt','citation_artifact',"citeturn0news3",1,"chat citation token pasted after the sentence"),
('b03-marathon-results.txt','name_inconsistency',"Rotich, speaking near the finish area",1,"surname-only mention of a person (Rotich) never introduced in the article"),
('b03-marathon-results.txt','widget_junk',"Share this:",1,"share/like widget cluster (Share this / networks / Like this / Like Loading...), block of 7 lines"),
('b03-marathon-results.txt','truncated_table_row',"| 4 | Tadesse Alemu | Ethiopia | 2:09:2",1,"document ends inside last results row; race time cut short (2:09:2) and closing pipe missing"),

('b04-restaurant-review.txt','ai_self_reference',"As an AI, I haven't been able to taste",1,"model identifies itself as an AI in a restaurant review"),
('b04-restaurant-review.txt','ui_chrome',"Regenerate response",1,"chat UI button label on its own line"),
('b04-restaurant-review.txt','email_obfuscation',"Reservations: [email protected]",1,"Cloudflare email-protection placeholder instead of the reservations address"),
('b04-restaurant-review.txt','truncated_text',"one of the best restaurants in the reg",1,"review ends mid-word ('reg')"),

('b05-court-sentencing.txt','refusal',"I'm sorry, but I can't include the names",1,"assistant refusal paragraph with 'However, I can summarise' offer"),
('b05-court-sentencing.txt','name_inconsistency',"Sentencing her, Judge Collins",1,"judge called Collins here but Judge Patricia Hollins earlier"),
('b05-court-sentencing.txt','missing_source_link',"According to inspection records published on the Care Quality Commission's website",1,"records published on a regulator's website cited with no link"),
('b05-court-sentencing.txt','aggregator_disclaimer',"This story was published automatically from a syndicated",1,"auto-publication / not reviewed by editors footer"),

('b06-valdemora-sequia.txt','preamble',"¡Por supuesto! Aquí tienes la noticia",1,"Spanish assistant lead-in addressed to the requester ('tal como me pediste')"),
('b06-valdemora-sequia.txt','ad_label',"Publicidad",1,"standalone Spanish ad-slot label"),
('b06-valdemora-sequia.txt','missing_source_link',"según publicó el diario La Voz del Valle",1,"figure credited to a newspaper with no link"),
('b06-valdemora-sequia.txt','name_inconsistency',"La alcaldesa Ruiz respondió",1,"mayor called Ruiz here but Carmen Ibarra earlier"),
('b06-valdemora-sequia.txt','closing_offer',"¿Quieres que prepare también un resumen",1,"Spanish closing question offering more work to the requester"),

('b07-tech-layoffs.txt','reasoning_leak',"Okay, so the user wants a short business story",1,"planning monologue ('the user wants', 'I should lead with')"),
('b07-tech-layoffs.txt','name_inconsistency',"Corvane CEO Julia Voss said",1,"CEO is Brandt in the headline but Julia Voss in the body"),
('b07-tech-layoffs.txt','missing_source_link',"as detailed in a filing posted to the SEC's EDGAR website",1,"filing on a government website cited with no link"),
('b07-tech-layoffs.txt','duplicate_section',"Shares rose 4.8 percent in early trading",2,"long paragraph about share price and analysts published twice verbatim"),
('b07-tech-layoffs.txt','truncated_text',"a spokesperson said the company",1,"article ends mid-sentence ('said the company')"),

('b08-library-reopens.txt','none',None,None,"clean: 'Here are the main points' list, relatives sharing a surname, 'advertising' in prose, spoken attribution, ends with photo credit"),
('b09-flu-season.txt','none',None,None,"clean: quoted official says 'I'm sorry, but I can't', 'As of our last update', source with bare URL, editor's note, ends with quotation"),

('b10-storm-outages.txt','knowledge_cutoff',"I don't have real-time outage data",1,"first-person no-real-time-data disclaimer"),
('b10-storm-outages.txt','truncated_table_row',"| Brackenfold | 1,640 | Thursd |",1,"last cell cut short ('Thursd') compared with weekday column"),
('b10-storm-outages.txt','duplicate_section',"The council has opened warm hubs",2,"warm-hubs paragraph published a second time verbatim"),
('b10-storm-outages.txt','widget_junk',"Engineers from a French grid contractor",1,"mojibake: UTF-8 curly quotes decoded as Latin-1 (â€œ ... â€)"),
('b10-storm-outages.txt','widget_junk',"June 2024",1,"calendar widget (month label, weekday row, day rows, « May Jul »)"),
('b10-storm-outages.txt','aggregator_disclaimer',"The post Thousands Still Without Power",1,"RSS 'appeared first on' footer"),

('b11-camara-mobilidade.txt','meta_commentary',"Título: Câmara de Vilar Formoso",1,"SEO/template field label 'Título:' on the headline line"),
('b11-camara-mobilidade.txt','ad_label',"Publicidade",1,"standalone Portuguese ad-slot label"),
('b11-camara-mobilidade.txt','missing_source_link',"segundo noticiou o Jornal do Centro",1,"figure credited to a newspaper with no link"),
('b11-camara-mobilidade.txt','name_inconsistency',"A vereadora Carvalhais garantiu",1,"councillor spelled Carvalhais here, Carvalhal earlier (edit distance 1)"),
('b11-camara-mobilidade.txt','duplicate_section',"Entre as medidas mais contestadas",2,"two paragraphs (parking, traders' reaction) published a second time verbatim"),
('b11-camara-mobilidade.txt','closing_offer',"Se quiser, posso também preparar",1,"Portuguese closing offer to the requester"),

('b12-ferry-timetable.txt','none',None,None,"clean: table with n/a and dash cells, dated event schedule, unrelated people sharing a surname, ends with byline"),

('b13-zoo-tiger-cubs.txt','placeholder',"[Insert keeper's name]",1,"unfilled name slot in attribution"),
('b13-zoo-tiger-cubs.txt','placeholder',"the cubs weighed XX kilograms",1,"dummy value XX instead of a weight"),
('b13-zoo-tiger-cubs.txt','missing_source_link',"According to a post on the zoo's official blog",1,"claim credited to a blog post with no link"),
('b13-zoo-tiger-cubs.txt','duplicate_section',"Sumatran tigers are  the smallest",1,"long background paragraph repeated with only whitespace changes"),
('b13-zoo-tiger-cubs.txt','code_fence',"```",1,"unpaired closing code fence after the last paragraph"),

('b14-budget-vote.md','preamble',"Of course! Below is the article rewritten",1,"assistant lead-in after front matter ('the council press release you provided')"),
('b14-budget-vote.md','duplicate_section',"## Where the money goes",2,"section heading, spending table and following paragraph published twice"),
('b14-budget-vote.md','missing_source_link',"according to figures released by the Local Government Audit Office on its website",1,"figures released on an agency website, no link"),
('b14-budget-vote.md','truncated_table_row',"| E | £2,542 |",1,"last council-tax row has 2 of 3 cells"),
('b14-budget-vote.md','truncated_text',"would publish a medium-term financial plan by the",1,"section ends mid-sentence on 'the' right before next heading"),
('b14-budget-vote.md','meta_commentary',"Word count: 498",1,"word-count note left at the end"),

('b15-league-title.md','code_fence',"```markdown",1,"opening ```markdown fence wrapping the article prose"),
('b15-league-title.md','truncated_table_row',"| 5 | Selby Park | 38 | +10 |",1,"last standings row has 4 of 5 cells (points missing)"),
('b15-league-title.md','knowledge_cutoff',"I don't have access to live scores",1,"first-person no-live-data disclaimer"),
('b15-league-title.md','name_inconsistency',"Coach Berettini said",1,"head coach spelled Berettini here, Berrettini earlier (dropped letter)"),
('b15-league-title.md','code_fence',"```",1,"closing fence of the prose-wrapping pair"),

('b16-rsv-vaccine-trial.md','missing_source_link',"published in The Lancet Respiratory Medicine on Wednesday",1,"journal publication cited with no link"),
('b16-rsv-vaccine-trial.md','citation_artifact',":contentReference[oaicite:2]{index=2}",1,"chat citation token in body text"),
('b16-rsv-vaccine-trial.md','citation_artifact',"utm_source=chatgpt.com",1,"assistant tracking parameter in link"),
('b16-rsv-vaccine-trial.md','truncated_text',"cautioned against reading too much into a single season, which was",1,"section ends mid-sentence ('which was') before next heading"),
('b16-rsv-vaccine-trial.md','name_inconsistency',"The trust's medical director, Dr. Carver",1,"trust's medical director called Carver here but Dr. Elaine Foster in the previous paragraph"),

('b17-rents-commuter-towns.md','none',None,None,"clean: linked attributions, n/a and em-dash cells, siblings sharing a surname, former minister marked, 'As of our last update', ends with quotation"),
('b18-parcel-release.md','none',None,None,"clean: balanced code fences around commands/config/code, 'Here are the main changes in version 3.2:', linked sources"),

('b19-pinacoteca-restauro.md','ad_label',"PUBBLICITÀ",1,"standalone Italian ad-slot label"),
('b19-pinacoteca-restauro.md','truncated_table_row',"| Accessibilità e sicurezza | € 410.0 |",1,"last amount cut short (€ 410.0 vs € x.xxx,00 format)"),
('b19-pinacoteca-restauro.md','ai_self_reference',"Come modello linguistico, non ho potuto",1,"Italian AI self-identification addressed to the requester"),
('b19-pinacoteca-restauro.md','duplicate_section',"## Il nuovo percorso",2,"section with heading and two paragraphs published twice"),
('b19-pinacoteca-restauro.md','closing_offer',"Fammi sapere se vuoi che aggiunga",1,"Italian closing offer to the requester"),

('b20-metro-fares.md','meta_commentary',"Meta description:",1,"SEO field label line after front matter"),
('b20-metro-fares.md','placeholder',"said [Spokesperson Name], a spokesperson",1,"unfilled name slot"),
('b20-metro-fares.md','truncated_table_row',"| Monthly pass (all zones) | £102.00 | £109.00 | 6, |",1,"last percentage cell cut short ('6,')"),
('b20-metro-fares.md','truncated_text',"would review off-peak fares in the autumn and would",1,"section ends mid-sentence ('and would') before next heading"),
('b20-metro-fares.md','widget_junk',"We use cookies to give you",1,"cookie-consent banner text scraped into the body"),

('b21-weaving-exhibition.md','reasoning_leak',"<think>",1,"think block with planning text (3 lines)"),
('b21-weaving-exhibition.md','ui_chrome',"Thought for 14 seconds",1,"reasoning-model UI label"),
('b21-weaving-exhibition.md','email_obfuscation',"by emailing [email protected]",1,"Cloudflare email-protection placeholder"),
('b21-weaving-exhibition.md','widget_junk',"Related articles",1,"related-articles widget with 'Read more' (5 lines)"),
('b21-weaving-exhibition.md','truncated_text',"and talks from former mill workers,",1,"article ends on a comma"),

('b22-renovation-energetique.md','preamble',"Voici la traduction de l'article",1,"French translation lead-in addressed to the requester"),
('b22-renovation-energetique.md','ad_label',"Publicité",1,"standalone French ad-slot label"),
('b22-renovation-energetique.md','missing_source_link',"Selon une dépêche de l'Agence France-Presse",1,"wire-agency dispatch cited with no link"),
('b22-renovation-energetique.md','ai_self_reference',"En tant qu'intelligence artificielle",1,"French AI self-identification addressed to the requester"),
('b22-renovation-energetique.md','truncated_text',"qu'il reviendrait à la charge lors du",1,"article ends mid-sentence ('lors du')"),

('b23-orthopaedic-waits.md','none',None,None,"clean: editorial bracket in quote, dash cell, mismatched curly/straight quote marks, predecessor as medical director marked, spoken attribution, ends with credit line"),

('b24-river-bathing-site.md','ui_chrome',"ChatGPT said:",1,"chat transcript speaker label copied from the UI"),
('b24-river-bathing-site.md','preamble',"Apologies for the mix-up in my previous answer",1,"apology for an earlier answer plus 'Here is the corrected article'"),
('b24-river-bathing-site.md','truncated_table_row',"| Halton Meadows (downstream) | 2,200 | 12 Au |",1,"last date cell cut short ('12 Au' vs 'd Month YYYY')"),
('b24-river-bathing-site.md','missing_source_link',"according to data published on Northwater's storm overflow portal",1,"data from a web portal cited; paragraph's only link goes to an unrelated weather forecast site"),
('b24-river-bathing-site.md','duplicate_section',"## What the campaigners say",2,"section re-published with only quote-mark style changed"),
('b24-river-bathing-site.md','aggregator_disclaimer',"This article was compiled automatically",1,"automatic-compilation disclaimer footer"),

('b25-brightmark-funding.md','none',None,None,"clean: first line is a quotation starting 'Sure, here's', 'advertising' in prose, anonymous-source attribution, newsroom 'we/let us know' call to action with real email"),

('b26-governor-election.html','missing_source_link',"according to preliminary figures posted on the Secretary of State's election results portal",1,"figures on a government portal cited with no link"),
('b26-governor-election.html','ad_label',"<p>Advertisement</p>",1,"standalone ad-slot label paragraph"),
('b26-governor-election.html','truncated_table_row',"<tr><td>Western Plains</td>",1,"last row has 3 <td> cells vs 4 <th>"),
('b26-governor-election.html','missing_source_link',"as detailed in results published by the <a href=\"#\">",1,"attribution to published results whose link is href=\"#\""),
('b26-governor-election.html','name_inconsistency',"<p>Governor Whitford",1,"governor called Whitford here but Whitaker in headline and body"),
('b26-governor-election.html','truncated_text',"which begins in January and will see her</p>",1,"section paragraph ends mid-sentence before next heading"),
('b26-governor-election.html','widget_junk',"<div class=\"share\">",1,"share-button cluster"),

('b27-haushalt-hallenbad.html','ad_label',"<p>Anzeige</p>",1,"standalone German ad-slot label"),
('b27-haushalt-hallenbad.html','truncated_table_row',"<td>2.410.000,0</td>",1,"last amount cut short (2.410.000,0 vs x.xxx.xxx,00)"),
('b27-haushalt-hallenbad.html','knowledge_cutoff',"Mein Wissensstand reicht nur bis",1,"German first-person knowledge-cutoff disclaimer to the requester"),
('b27-haushalt-hallenbad.html','name_inconsistency',"<p>Bürgermeister Reinhard verteidigte",1,"mayor spelled Reinhard here, Reinhardt in headline and body (dropped letter)"),
('b27-haushalt-hallenbad.html','closing_offer',"Soll ich den Text noch kürzen",1,"German closing offer question to the requester"),

('b28-stadium-lease.html','reasoning_leak',"Let me first lay out the terms",1,"first-person planning monologue as first paragraph"),
('b28-stadium-lease.html','duplicate_section',"<p>Council member Rosa Jimenez",2,"two paragraphs (Jimenez quote + study) published twice"),
('b28-stadium-lease.html','name_inconsistency',"<p>Chairman Amsell said",1,"club chairman spelled Amsell here, Amsel earlier (added letter)"),
('b28-stadium-lease.html','email_obfuscation',"/cdn-cgi/l/email-protection#",1,"Cloudflare email-protection link and placeholder"),
('b28-stadium-lease.html','truncated_text',"covering local hiring and</p>",1,"article body ends mid-sentence ('and')"),
('b28-stadium-lease.html','widget_junk',"<nav class=\"pagination\">",1,"pagination widget"),

('b29-chatbot-listings.html','none',None,None,"clean: story about AI listings quoting a refusal and 'As an AI language model' in quotes, 'Regenerate response' mentioned in a sentence, citation token named in <code>, linked statement, newsroom 'tell us'"),
('b30-philharmonic-review.html','none',None,None,"clean: late predecessor marked, daughter sharing conductor's surname, 'advertising' in prose, spoken attribution, ends with photo credit"),

('b31-foot-patrols.html','name_inconsistency',"Police Chief Daniel Okonkwo",1,"police chief is Okafor in the headline but Okonkwo in the body"),
('b31-foot-patrols.html','missing_source_link',"according to annual crime figures published on the city's open data portal",1,"figures on an open-data portal cited with no link"),
('b31-foot-patrols.html','placeholder',"[UNION PRESIDENT NAME]",1,"unfilled all-caps name slot"),
('b31-foot-patrols.html','refusal',"I'm unable to provide the home addresses",1,"assistant refusal sentence published as a paragraph"),
('b31-foot-patrols.html','duplicate_section',"<p>Community groups gave the plan",2,"long paragraph repeated with only quote-mark style changed"),
('b31-foot-patrols.html','aggregator_disclaimer',"appeared first on Eastside Gazette",1,"RSS 'appeared first on' footer"),

('b32-comet-visible.html','code_fence',"```html",1,"```html fence wrapping the whole page"),
('b32-comet-visible.html','citation_artifact',"【4†source】",1,"chat citation token in body"),
('b32-comet-visible.html','missing_source_link',"according to a paper posted to the arXiv preprint server",1,"preprint on a website cited with no link"),
('b32-comet-visible.html','truncated_text',"although the authors stress that the</p>",1,"paragraph ends mid-sentence ('that the') right before next heading"),
('b32-comet-visible.html','truncated_table_row',"<td>3.</td>",1,"last magnitude cell cut short ('3.' vs one-decimal values)"),
('b32-comet-visible.html','duplicate_section',"<p>Observers in the Northern Hemisphere",2,"long observing-advice paragraph published twice verbatim"),
('b32-comet-visible.html','code_fence',"```",1,"closing fence of the page-wrapping pair"),

('b33-school-start-times.html','none',None,None,"clean: quoted 'Here's what the evidence tells us', quoted 'I'm not able to support', correction note, table with em dash and n/a, 'Updated' time stamp, ends with quotation containing 'happy to help you'"),

('b34-retail-sales.html','meta_commentary',"You asked me to keep this under 400 words",1,"first-person note to the requester about omitted content"),
('b34-retail-sales.html','truncated_table_row',"<td>-0.</td>",1,"last percentage cell cut short ('-0.')"),
('b34-retail-sales.html','duplicate_section',"<p>Retailers said the figures reflected",2,"two paragraphs (retailers' quote + economists) published twice"),
('b34-retail-sales.html','widget_junk',"<div class=\"newsletter\">",1,"newsletter sign-up widget"),
('b34-retail-sales.html','widget_junk',"Hartleyâ€™s",1,"mojibake: UTF-8 apostrophes decoded as Latin-1"),

('b35-transit-app-redesign.html','none',None,None,"clean: quoted designer says 'Okay, so the user wants', 'Share button' in prose, dated update schedule, linked review, newsroom 'Let us know', ends with staff byline"),
('b36-festival-teatro.html','none',None,None,"clean (Spanish): quotation starting 'Claro ... aquí tienen', 'publicidad' in prose, former mayor marked (exalcalde), unrelated shared surname, dated schedule, dash cell, linked site, ends with photo credit"),
('b37-cup-semifinal.html','none',None,None,"clean: father/son sharing surname, two clubs' managers, editorial brackets [Mensah] and [...], quoted 'I hope this helps', fixtures list, ends with quotation"),

('b38-nimbus-x5-review.md','ai_self_reference',"I'm just an AI, so I haven't held",1,"AI self-identification plus 'the specifications you gave me'"),
('b38-nimbus-x5-review.md','citation_artifact',"[oai_citation:1‡nimbusmobile.com]",1,"chat citation token in link text"),
('b38-nimbus-x5-review.md','placeholder',"until 20XX",1,"dummy year 20XX"),
('b38-nimbus-x5-review.md','truncated_text',"throttles noticeably after",1,"section ends mid-sentence ('after') before next heading"),
('b38-nimbus-x5-review.md','closing_offer',"Would you like me to add a comparison table",1,"closing question offering more work to the requester"),

('b39-dock-road-cycle-lanes.txt','ui_chrome',"User: turn my notes",1,"chat transcript 'User:' turn with the prompt"),
('b39-dock-road-cycle-lanes.txt','ui_chrome',"Assistant: Dock Road",1,"chat transcript 'Assistant:' speaker label before the headline"),
('b39-dock-road-cycle-lanes.txt','truncated_table_row',"| Business park gate | 298 |",1,"plain-text pipe table: last row has 2 of 3 cells"),
('b39-dock-road-cycle-lanes.txt','refusal',"Unfortunately, I am not able to write about",1,"assistant can't-help statement with 'but I can' offer"),
('b39-dock-road-cycle-lanes.txt','knowledge_cutoff',"As of my last knowledge update in September 2023",1,"training-cutoff disclaimer"),
('b39-dock-road-cycle-lanes.txt','truncated_text',"Navarro said the council would",1,"short fragment after the last complete paragraph, ends mid-sentence"),
('b40-maternity-unit.html','ad_label',"<p>Story continues below advertisement</p>",1,"standalone 'story continues below advertisement' ad-slot label"),
('b40-maternity-unit.html','name_inconsistency',"<p>Health Minister Owain Hughes",1,"health minister is Rhodri Pritchard earlier but Owain Hughes here"),
('b40-maternity-unit.html','name_inconsistency',"<p>Board chair Mared Tudor",1,"health board chair is Eleri Vaughan earlier but Mared Tudor here"),
]
rows=[]
err=0
for f,c,a,occ,r in S:
    p=os.path.join(D,f)
    if not os.path.exists(p): print('MISSING FILE',f); err+=1; continue
    if c=='none':
        rows.append(f"{f}\tnone\t\t{r}"); continue
    lines=open(p,encoding='utf-8').read().split('\n')
    hits=[i+1 for i,l in enumerate(lines) if a in l]
    if a=='```': hits=[i+1 for i,l in enumerate(lines) if l.strip()=='```']
    if len(hits)<occ: print('ANCHOR NOT FOUND',f,a,hits); err+=1; continue
    if occ==1 and len(hits)>1 and a!='```': print('NOTE multiple hits',f,a,hits)
    rows.append(f"{f}\t{c}\t{hits[occ-1]}\t{r}")
files=sorted(x for x in os.listdir(D) if x.startswith('b') and x.endswith(('.txt','.md','.html')))
listed={r.split('\t')[0] for r in rows}
for x in files:
    if x not in listed: print('FILE NOT IN TSV',x); err+=1
open(os.path.join(D,'expected.tsv'),'w',encoding='utf-8').write('file\tcategory\tline\treason\n'+'\n'.join(rows)+'\n')
print('rows',len(rows),'errors',err)
