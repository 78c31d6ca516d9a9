package event

import "strings"

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

var (
	determiners = set(`the a an this that these those its his her their our my your some several many all
		both each any every another other such`)
	numberWords = set(`one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
		fifty hundred hundreds thousand thousands million millions billion billions dozen dozens scores tens`)
	// quantifiers open a noun phrase: "more than", "at least", "about".
	quantifiers = set(`more than less fewer least about nearly almost around roughly some over up to at`)
	preps       = set(`in on at of from with to for by near amid after before during against between over under
		into across along among about since until without within toward towards through via following
		outside inside behind beyond upon onto off despite throughout`)
	auxiliaries = set(`is are was were be been being am has have had having do does did will would shall
		should can could may might must 's 'll 'd wo ca`)
	adverbs = set(`also reportedly again formally officially jointly finally briefly separately repeatedly
		strongly publicly already still just then now recently previously later earlier swiftly quickly
		immediately allegedly apparently effectively partially partly fully temporarily indefinitely once
		twice first further subsequently ultimately sharply openly quietly secretly unilaterally mutually
		yesterday today overnight late early personally directly reluctantly eventually initially even
		only last`)
	negations = set(`not n't never no neither nor`)
	// speechVerbs end the search for a subject: what stands before them
	// belongs to another clause.
	speechVerbs = set(`said says say told tells stated added noted announced reported claimed stressed insisted
		declared explained confirmed wrote according quoted`)
	// clauseWords open a clause of their own.
	clauseWords = set(`that which who whom whose where when while because although though if unless whether
		whereas but so`)
	subjectPronouns = set(`he she it they we`)
	// titleWords may stand between a conjunction and a name: "Wang Yi and
	// his Indian counterpart Subrahmanyam Jaishankar".
	titleWords = set(`counterpart counterparts colleague host minister president prime foreign defence defense
		secretary general deputy chief top envoy ambassador former new senior premier chancellor king crown
		prince head leader spokesman spokeswoman`)
	// anaphors stand for the participants of a meeting already reported:
	// "the two leaders discussed".
	anaphorHeads = set(`leaders sides ministers presidents countries nations men women officials delegations
		diplomats parties governments pair premiers`)
	// modalWords before "to" make what follows intended, not done.
	modalWords = set(`plan plans planned planning intend intends intended expect expects expected schedule
		scheduled due set hope hopes hoped want wants wanted seek seeks sought aim aims aimed prepare
		prepares prepared preparing going likely ready poised eager keen willing wish wishes seeking
		hoping`)
	// realisWords before "to" make what follows done: "decided to suspend".
	realisWords = set(`decide decides decided vote votes voted move moves moved begin begins began begun start
		starts started continue continues continued resolve resolved choose chose chosen manage managed
		order ordered`)
	failWords = set(`fail fails failed failing`)
	// denyWords make the clause after them untrue for the writer.
	denyWords = set(`deny denies denied denying refuted`)
	// hypothetical marks a condition: "if it fails to recognize".
	conditionWords = set(`if unless whether once`)
	// shiftOpeners begin a sentence about another time, which ends the
	// date in force.
	shiftOpeners = set(`previously earlier formerly before once`)
	// durationPreps before a date make it a span or a bound, not the
	// time of the event: "for two years", "since 2019".
	durationPreps = set(`for over within since until till`)
	// locativePreps before a place make it where the event happens.
	locativePreps = set(`in at near outside inside`)
	// relationalNouns take an "of" phrase that names who they belong to:
	// "the leaders of Egypt", "the resignation of X", "broadcasts of RFI".
	relationalNouns = set(`leaders leader government governments president prime minister ministers members
		member forces army troops people citizens meeting meetings resignation role head heads chief
		delegation delegations representatives broadcasts broadcasting offices office council activities
		assets embassy`)
	// captiveNouns are what can be released.
	captiveNouns = set(`hostages hostage prisoners prisoner detainees detainee captives captive soldiers
		soldier activists activist journalists journalist people civilians sailors crew fishermen
		protesters nationals citizens pows`)
	// diplomatNouns are whom an expulsion as SANCTION concerns.
	diplomatNouns = set(`diplomat diplomats ambassador ambassadors envoy envoys attache attaches staff consul
		embassy`)
	// agreementNouns are what one withdraws from as SANCTION.
	agreementNouns = set(`treaty agreement accord deal pact talks negotiations organization organisation
		alliance union council convention market bloc eurozone mission`)
	// phoneWords make a consultation one by telephone.
	phoneWords = set(`phone telephone videoconference video-conference`)
)

// instruments give the ASSAULT mode and CAMEO code from the weapons a
// sentence names.
var instruments = []struct {
	words       map[string]bool
	mode, cameo string
}{
	{set(`drone drones uav uavs`), "drone", "195"},
	{set(`aircraft airstrike airstrikes air jets warplanes helicopters helicopter bombers planes fighter`), "aerial", "195"},
	{set(`sarin chlorine vx novichok`), "unconventional", "204"},
	{set(`artillery rockets rocket missiles missile shells shelling shelled tanks mortars mortar`), "heavy-weapons", "194"},
	{set(`bomb bombs explosives explosive ied ieds`), "explosives", "183"},
	{set(`tear cannon cannons rubber`), "crowd-control", "175"},
	{set(`knives knife machetes stones rocks sticks`), "primitive", "182"},
	{set(`gunmen guns gun rifles gunfire bullets shooting shot`), "firearms", "193"},
}
