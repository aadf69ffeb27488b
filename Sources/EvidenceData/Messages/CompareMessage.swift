/// The words of `compare`: its report (CompareReport) and its warnings (CompareWarnings).
/// Skolverket's terms (matchade elever, bortfall, effektstorlek, konfidensintervall, regression
/// mot medelvärdet); the effect sizes keep their names d_z, d_av, g_av in every language.
public enum CompareMessage: String, MessageKey {
    case intro, gradePoints
    case matchingTitle, matched, only, matchPercent, matchFooter
    case meansTitle, mean, sd, gain, sdGain
    case effectTitle, ci95, effectFooter
    case normsTitle, expectedGain, normsFooter, normSDFooter
    case bootstrapTitle, gainCI, effectCI, bootstrapFooter
    case smallGroupsNamed, smallGroups, smallGroupItem
    case lowMatchNamed, lowMatch, lowMatchItem
    case dzDav, normsUncovered
    case regression, selectedOn, startsLowOn
    case expectedNorms, expectedResamples, bootstrapRange, tooMuchWork, fewerResamples

    public var entries: [Language: String] {
        switch self {
        case .intro:
            [.en: "{1} {2} → {3} ({4} → {5}): students with both values only",
             .sv: "{1} {2} → {3} ({4} → {5}): endast elever med värden vid båda mättillfällena"]
        case .gradePoints:
            [.en: "; grades compared on merit points (F 0, E 10, D 12.5, C 15, B 17.5, A 20)",
             .sv: "; betygen jämförs som meritpoäng (F 0, E 10, D 12,5, C 15, B 17,5, A 20)"]
        case .matchingTitle: [.en: "matching", .sv: "matchning"]
        case .matched: [.en: "matched", .sv: "matchade"]
        case .only: [.en: "only {1}", .sv: "bara {1}"]
        case .matchPercent: [.en: "match %", .sv: "matchningsgrad %"]
        case .matchFooter:
            [.en: "match % = matched / students with a value at {1} or {2}",
             .sv: "matchningsgrad % = matchade / elever med ett värde vid {1} eller {2}"]
        case .meansTitle: [.en: "means of the matched students", .sv: "medelvärden för de matchade eleverna"]
        case .mean: [.en: "mean {1}", .sv: "medel {1}"]
        case .sd: [.en: "sd {1}", .sv: "sd {1}"]
        case .gain: [.en: "gain", .sv: "förändring"]
        case .sdGain: [.en: "sd gain", .sv: "sd förändring"]
        case .effectTitle:
            [.en: "effect sizes with 95% CI (normal: estimate ± 1.96·SE)",
             .sv: "effektstorlekar med 95 % konfidensintervall (KI; normalfördelning: skattning ± 1,96·SE)"]
        case .ci95: [.en: "95% CI", .sv: "95 % KI"]
        case .effectFooter:
            [.en: "d_z = gain/sd(gain) · d_av = gain/sqrt((sd_A^2+sd_B^2)/2) · g_av = J·d_av, J = 1 - 3/(4(n-1)-1)",
             .sv: "d_z = förändring/sd(förändring) · d_av = förändring/sqrt((sd_A^2+sd_B^2)/2) · g_av = J·d_av, J = 1 - 3/(4(n-1)-1)"]
        case .normsTitle: [.en: "against norms '{1}' ({2})", .sv: "mot normerna '{1}' ({2})"]
        case .expectedGain: [.en: "expected gain", .sv: "förväntad ökning"]
        case .normsFooter:
            [.en: "expected gain from the norm means; ES_norm = expected gain/norm SD; ES_vs_expected = (gain - expected gain)/norm SD",
             .sv: "förväntad ökning ur normernas medelvärden; ES_norm = förväntad ökning/normens SD; ES_vs_expected = (förändring - förväntad ökning)/normens SD"]
        case .normSDFooter:
            [.en: "norm SD: the norm SD at the second test; a negative ES_vs_expected means less growth than the norms expect",
             .sv: "normens SD: normens SD vid det andra provet; ett negativt ES_vs_expected betyder mindre ökning än normerna förutsäger"]
        case .bootstrapTitle:
            [.en: "percentile bootstrap, {1} resamples of students (pairs kept), seed {2}",
             .sv: "percentilbootstrap, {1} omdragningar av elever (paren hålls ihop), frö {2}"]
        case .gainCI: [.en: "gain 95% CI", .sv: "förändring 95 % KI"]
        case .effectCI: [.en: "{1} 95% CI", .sv: "{1} 95 % KI"]
        case .bootstrapFooter:
            [.en: "each group resampled on its own (seed mixed with the group's name)",
             .sv: "varje grupp dras om för sig (fröet blandas med gruppens namn)"]
        case .smallGroupsNamed:
            [.en: "small group: wide uncertainty — {1:group|groups} under 30 students{2}. Under 30 students, read the CI rather than the point estimate.",
             .sv: "liten grupp: stor osäkerhet – {1:grupp|grupper} med färre än 30 elever{2}. Med färre än 30 elever bör du läsa konfidensintervallet snarare än punktskattningen."]
        case .smallGroups:
            [.en: "small group: wide uncertainty — {1}{2}. Under 30 students, read the CI rather than the point estimate.",
             .sv: "liten grupp: stor osäkerhet – {1}{2}. Med färre än 30 elever bör du läsa konfidensintervallet snarare än punktskattningen."]
        case .smallGroupItem: [.en: "{1} (n = {2})", .sv: "{1} (n = {2})"]
        case .lowMatchNamed:
            [.en: "match rate under 80 %: {1:group|groups}{2}. Students who left or arrived may differ from those who stayed; report the attrition beside the result.",
             .sv: "matchningsgrad under 80 %: {1:grupp|grupper}{2}. Elever som slutat eller tillkommit kan skilja sig från dem som stannat; redovisa bortfallet bredvid resultatet."]
        case .lowMatch:
            [.en: "match rate under 80 %: {1}. Students who left or arrived may differ from those who stayed; report the attrition beside the result.",
             .sv: "matchningsgrad under 80 %: {1}. Elever som slutat eller tillkommit kan skilja sig från dem som stannat; redovisa bortfallet bredvid resultatet."]
        case .lowMatchItem:
            [.en: "{1} {2} ({3} only at {4}, {5} only at {6})", .sv: "{1} {2} ({3} bara vid {4}, {5} bara vid {6})"]
        case .dzDav:
            [.en: "d_z ({1}) and d_av ({2}) differ because r = {3}: d_z divides the gain by the SD of the gains, d_av by the SD of the scores. Name the variant whenever you quote one.",
             .sv: "d_z ({1}) och d_av ({2}) skiljer sig åt eftersom r = {3}: d_z delar förändringen med förändringarnas SD, d_av med poängens SD. Ange alltid vilken variant du redovisar."]
        case .normsUncovered:
            [.en: "{1} matched students have no norm (year level missing or not in the norms table) and are left out of the norms table.",
             .sv: "{1} matchade elever saknar norm (årskurs saknas eller finns inte i normtabellen) och är inte med i normtabellen."]
        case .regression:
            [.en: "regression to the mean: {1} (mean z at {2} = {3} against the whole table). With r = {4} the expected z at {5} without any effect is r·z = {6}, so the expected change without any effect is {7} points (the observed gain is {8}). Compare with that, or select the group on a different test.",
             .sv: "regression mot medelvärdet: {1} (medel-z vid {2} = {3} jämfört med hela tabellen). Med r = {4} är förväntat z vid {5} utan någon effekt r·z = {6}, så den förväntade förändringen utan någon effekt är {7} poäng (den observerade förändringen är {8}). Jämför med den, eller välj ut gruppen på ett annat prov."]
        case .selectedOn: [.en: "this view was selected on {1}", .sv: "vyn valdes ut på {1}"]
        case .startsLowOn: [.en: "this view starts low on {1}", .sv: "vyn börjar lågt på {1}"]
        case .expectedNorms: [.en: "expected a norms name after 'norms'", .sv: "det saknas namnet på en normtabell efter 'norms'"]
        case .expectedResamples: [.en: "expected a number of resamples after 'bootstrap'", .sv: "det saknas ett antal omdragningar efter 'bootstrap'"]
        case .bootstrapRange: [.en: "bootstrap takes a whole number from 100 to 100000, not '{1}'", .sv: "'bootstrap' ska vara ett heltal från 100 till 100 000, inte '{1}'"]
        case .tooMuchWork:
            [.en: "bootstrap {1} × {2} students is too much work for the prompt", .sv: "bootstrap {1} × {2} elever är för mycket arbete vid prompten"]
        case .fewerResamples:
            [.en: "use fewer resamples (the interval settles by about 2000) or bootstrap a smaller group",
             .sv: "använd färre omdragningar (intervallet stabiliseras vid ungefär 2 000) eller en mindre grupp"]
        }
    }
}
