package timex

import "strings"

// kw names a keyword the rules test by identity. Words that matter only
// through their class (a month, a number) share kwNone.
type kw uint8

// Keywords.
const (
	kwNone kw = iota
	kwThe
	kwA
	kwAn
	kwThis
	kwThat
	kwThese
	kwLast
	kwNext
	kwPast
	kwComing
	kwPrevious
	kwFollowing
	kwCurrent
	kwLatest
	kwRecent
	kwSame
	kwAgo
	kwEarlier
	kwLater
	kwBefore
	kwAfter
	kwFrom
	kwNow
	kwToday
	kwYesterday
	kwTomorrow
	kwTonight
	kwCurrently
	kwRecently
	kwNowadays
	kwPresently
	kwFuture
	kwNear
	kwEarly
	kwLate
	kwMid
	kwMiddle
	kwBeginning
	kwStart
	kwEnd
	kwClose
	kwOf
	kwIn
	kwOn
	kwAt
	kwBy
	kwTo
	kwUntil
	kwThrough
	kwAnd
	kwOr
	kwBetween
	kwSince
	kwFor
	kwDuring
	kwOver
	kwWithin
	kwUp
	kwAbout
	kwAround
	kwApproximately
	kwRoughly
	kwNearly
	kwAlmost
	kwSome
	kwMore
	kwLess
	kwThan
	kwLeast
	kwMost
	kwNo
	kwUnder
	kwOnly
	kwJust
	kwFew
	kwSeveral
	kwCouple
	kwMany
	kwHalf
	kwFiscal
	kwEvery
	kwEach
	kwPer
	kwOther
	kwAm
	kwPm
	kwNoon
	kwMidnight
	kwMidday
	kwOclock
	kwWeekend
	kwUTC
	kwGMT
	kwEST
	kwEDT
	kwCST
	kwCDT
	kwPST
	kwPDT
	kwPeriod
	kwTerm
	kwTime
	kwBeing
	kwDate
	kwYearEnd
	kwAhead
	kwOld
	kwLong
	kwHence
	kwOnce
	kwTwice
	kwTimes
	kwStraight
	kwConsecutive
	kwFull
	kwEntire
	kwWhole
	kwCorresponding
	kwComparable
	kwYearAgo
	kwRight
	kwAs
	kwPossible
	kwSoon
	kwHistory
	kwBC
	kwAD
	kwCentury
	kwThousand
	kwHundred
	kwNineteen
	kwMorning
	kwNight
	kwWill
	kwShall
	kwWould
	kwGoing
	kwWas
	kwWere
	kwDid
	kwHad
	kwHas
	kwHave
	kwIs
	kwAre
	kwBe
	kwBeen
	kwSaid
	kwSays
	kwTold
	kwExpected
	kwScheduled
	kwSet
	kwPlan
	kwDue
	kwWeek
	kwDay
	kwThen
	kwThanksgiving
	kwYet
	kwYear
	kwFinal
	kwFirst
	kwHoliday
	kwFiller     // a word that may stand inside an expression: an additional year, the short term
	kwDecadeWord // the nineties
)

// unit is a calendar or clock unit.
type unit uint8

// Units, finest first.
const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uPart // a part of the day: morning, afternoon, evening, night
	uDay
	uWeekend
	uWeek
	uMonth
	uSeason
	uQuarter
	uHalf
	uYear
	uDecade
	uCentury
	uMillennium
)

// word is what the lexicon knows about a lower-cased word. The zero value
// is an unknown word.
type word struct {
	kw      kw
	month   int8 // 1-12
	wday    int8 // 1-7, Monday first (ISO)
	unit    unit
	plural  bool // a plural unit or weekday: years, Mondays
	num     int16
	isNum   bool // a cardinal: one, twenty, dozen
	ord     int8 // an ordinal: first = 1
	season  int8 // 1 spring, 2 summer, 3 fall, 4 winter
	part    int8 // 1 morning, 2 afternoon, 3 evening, 4 night
	abbrev  bool // a month or weekday abbreviation: Jan, Sept, Tues
	set     unit // daily, weekly, ...
	holiday int8
	tense   int8 // a tense cue: -1 past, 1 future, 2 present
}

// lexicon maps lower-cased words to what the rules know about them.
var lexicon = map[string]word{}

// seasons and parts of the day, as TIMEX3 writes them.
var (
	seasonCode = [...]string{"", "SP", "SU", "FA", "WI"}
	partCode   = [...]string{"", "MO", "AF", "EV", "NI"}
)

func add(w string, x word) {
	y := lexicon[w]
	if x.kw != kwNone {
		y.kw = x.kw
	}
	if x.month != 0 {
		y.month, y.abbrev = x.month, x.abbrev
	}
	if x.wday != 0 {
		y.wday, y.abbrev, y.plural = x.wday, x.abbrev, x.plural
	}
	if x.unit != uNone {
		y.unit, y.plural = x.unit, x.plural
	}
	if x.isNum {
		y.num, y.isNum = x.num, true
	}
	if x.ord != 0 {
		y.ord = x.ord
	}
	if x.season != 0 {
		y.season = x.season
	}
	if x.part != 0 {
		y.part = x.part
	}
	if x.set != uNone {
		y.set = x.set
	}
	if x.holiday != 0 {
		y.holiday = x.holiday
	}
	if x.tense != 0 {
		y.tense = x.tense
	}
	lexicon[w] = y
}

func init() {
	for i, m := range strings.Fields("january february march april may june july august september october november december") {
		add(m, word{month: int8(i + 1)})
		if len(m) > 3 {
			add(m[:3], word{month: int8(i + 1), abbrev: true})
		}
	}
	add("sept", word{month: 9, abbrev: true})
	for i, d := range strings.Fields("monday tuesday wednesday thursday friday saturday sunday") {
		add(d, word{wday: int8(i + 1)})
		add(d+"s", word{wday: int8(i + 1), plural: true})
		add(d[:3], word{wday: int8(i + 1), abbrev: true})
	}
	add("tues", word{wday: 2, abbrev: true})
	add("thur", word{wday: 4, abbrev: true})
	add("thurs", word{wday: 4, abbrev: true})
	for _, u := range []struct {
		s, p string
		u    unit
	}{
		{"second", "seconds", uSecond}, {"sec", "secs", uSecond}, {"minute", "minutes", uMinute},
		{"min", "mins", uMinute}, {"hour", "hours", uHour}, {"hr", "hrs", uHour},
		{"day", "days", uDay}, {"week", "weeks", uWeek}, {"weekend", "weekends", uWeekend},
		{"month", "months", uMonth}, {"quarter", "quarters", uQuarter}, {"year", "years", uYear},
		{"decade", "decades", uDecade}, {"century", "centuries", uCentury},
		{"millennium", "millennia", uMillennium}, {"fortnight", "fortnights", uWeek},
	} {
		add(u.s, word{unit: u.u})
		add(u.p, word{unit: u.u, plural: true})
	}
	add("day", word{kw: kwDay})
	add("year", word{kw: kwYear})
	add("first", word{kw: kwFirst})
	add("week", word{kw: kwWeek})
	add("weekend", word{kw: kwWeekend})
	add("millenniums", word{unit: uMillennium, plural: true})
	add("yr", word{unit: uYear})
	add("yrs", word{unit: uYear, plural: true})
	for i, n := range strings.Fields("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen") {
		add(n, word{num: int16(i), isNum: true})
	}
	add("nineteen", word{kw: kwNineteen})
	for i, n := range strings.Fields("twenty thirty forty fifty sixty seventy eighty ninety") {
		add(n, word{num: int16(20 + 10*i), isNum: true})
	}
	add("hundred", word{kw: kwHundred, num: 100, isNum: true})
	add("thousand", word{kw: kwThousand, num: 1000, isNum: true})
	add("dozen", word{num: 12, isNum: true})
	for i, o := range strings.Fields("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth") {
		add(o, word{ord: int8(i + 1)})
	}
	add("thirtieth", word{ord: 30})
	for i, s := range strings.Fields("spring summer fall winter") {
		add(s, word{season: int8(i + 1)})
	}
	add("autumn", word{season: 3})
	for i, p := range strings.Fields("morning afternoon evening night") {
		add(p, word{part: int8(i + 1)})
		add(p+"s", word{part: int8(i + 1), plural: true})
	}
	add("morning", word{kw: kwMorning})
	add("night", word{kw: kwNight})
	add("overnight", word{part: 4})
	for s, u := range map[string]unit{"hourly": uHour, "daily": uDay, "nightly": uPart, "weekly": uWeek,
		"monthly": uMonth, "yearly": uYear, "annually": uYear, "biweekly": uWeek} {
		add(s, word{set: u})
	}
	for s, h := range map[string]int8{"christmas": hChristmas, "thanksgiving": hThanksgiving, "easter": hEaster,
		"halloween": hHalloween} {
		add(s, word{holiday: h})
	}
	add("thanksgiving", word{kw: kwThanksgiving})
	for _, s := range strings.Fields("additional trading business working short") {
		add(s, word{kw: kwFiller})
	}
	for s := range decadeWords {
		add(s, word{kw: kwDecadeWord})
	}
	for _, s := range strings.Fields("new independence veterans valentine boxing election labor memorial") {
		add(s, word{kw: kwHoliday})
	}

	for s, k := range map[string]kw{
		"the": kwThe, "a": kwA, "an": kwAn, "this": kwThis, "that": kwThat, "these": kwThese,
		"last": kwLast, "next": kwNext, "past": kwPast, "coming": kwComing, "previous": kwPrevious,
		"following": kwFollowing, "current": kwCurrent, "latest": kwLatest, "recent": kwRecent,
		"same": kwSame, "ago": kwAgo, "earlier": kwEarlier, "later": kwLater, "before": kwBefore,
		"after": kwAfter, "from": kwFrom, "now": kwNow, "today": kwToday, "yesterday": kwYesterday,
		"tomorrow": kwTomorrow, "tonight": kwTonight, "currently": kwCurrently, "recently": kwRecently,
		"nowadays": kwNowadays, "presently": kwPresently, "future": kwFuture, "near": kwNear,
		"early": kwEarly, "late": kwLate, "mid": kwMid, "middle": kwMiddle, "beginning": kwBeginning,
		"start": kwStart, "end": kwEnd, "close": kwClose, "of": kwOf, "in": kwIn, "on": kwOn,
		"at": kwAt, "by": kwBy, "to": kwTo, "until": kwUntil, "till": kwUntil, "through": kwThrough,
		"and": kwAnd, "or": kwOr, "between": kwBetween, "since": kwSince, "for": kwFor,
		"during": kwDuring, "over": kwOver, "within": kwWithin, "up": kwUp, "about": kwAbout,
		"around": kwAround, "approximately": kwApproximately, "roughly": kwRoughly,
		"nearly": kwNearly, "almost": kwAlmost, "some": kwSome, "more": kwMore, "less": kwLess,
		"fewer": kwLess, "than": kwThan, "least": kwLeast, "most": kwMost, "no": kwNo,
		"under": kwUnder, "only": kwOnly, "just": kwJust, "few": kwFew, "several": kwSeveral,
		"couple": kwCouple, "many": kwMany, "half": kwHalf, "fiscal": kwFiscal, "every": kwEvery,
		"each": kwEach, "per": kwPer, "other": kwOther, "am": kwAm, "a.m.": kwAm, "pm": kwPm,
		"p.m.": kwPm, "noon": kwNoon, "midnight": kwMidnight, "midday": kwMidday,
		"o'clock": kwOclock, "o’clock": kwOclock, "utc": kwUTC, "gmt": kwGMT, "est": kwEST,
		"edt": kwEDT, "cst": kwCST, "cdt": kwCDT, "pst": kwPST, "pdt": kwPDT, "period": kwPeriod,
		"term": kwTerm, "time": kwTime, "being": kwBeing, "date": kwDate, "ahead": kwAhead,
		"old": kwOld, "long": kwLong, "hence": kwHence, "once": kwOnce, "twice": kwTwice,
		"times": kwTimes, "straight": kwStraight, "consecutive": kwConsecutive, "full": kwFull,
		"entire": kwEntire, "whole": kwWhole, "corresponding": kwCorresponding,
		"comparable": kwComparable, "right": kwRight, "as": kwAs, "possible": kwPossible,
		"soon": kwSoon, "history": kwHistory, "bc": kwBC, "b.c.": kwBC, "ad": kwAD, "a.d.": kwAD,
		"century": kwCentury, "centuries": kwCentury, "then": kwThen, "yet": kwYet,
		"year-end": kwYearEnd, "yearend": kwYearEnd,
		"will": kwWill, "'ll": kwWill, "’ll": kwWill, "shall": kwShall, "won't": kwWill, "won’t": kwWill,
		"would": kwWould, "going": kwGoing, "was": kwWas, "were": kwWere, "did": kwDid,
		"had": kwHad, "has": kwHas, "have": kwHave, "is": kwIs, "are": kwAre, "be": kwBe,
		"been": kwBeen, "said": kwSaid, "says": kwSays, "told": kwTold, "expected": kwExpected,
		"scheduled": kwScheduled, "set": kwSet, "plans": kwPlan, "plan": kwPlan, "planned": kwPlan,
		"planning": kwPlan, "intends": kwPlan, "intend": kwPlan, "intended": kwPlan, "aims": kwPlan,
		"expects": kwExpected, "expect": kwExpected, "due": kwDue, "payable": kwDue, "final": kwFinal,
	} {
		add(s, word{kw: k})
	}
	// Tense cues (see tense.go).
	for _, s := range strings.Fields(`will shall 'll ’ll won't won’t must should might`) {
		add(s, word{tense: 1})
	}
	for _, s := range strings.Fields(`was were did had said told went came took made gave met held left began
		fell rose saw won lost sold bought paid got put ran spoke wrote became brought thought found knew
		led sent struck hit cut kept shot fought flew drew grew threw chose ate wore broke sought
		meant stood sat heard felt built spent lent dealt taught caught slept`) {
		add(s, word{tense: -1})
	}
	for _, s := range strings.Fields(`is are am has says does`) {
		add(s, word{tense: 2})
	}
}

// Holidays.
const (
	hNone int8 = iota
	hChristmas
	hThanksgiving
	hEaster
	hHalloween
	hNewYear
)

// notPast lists words ending in -ed that are not past-tense verbs.
var notPast = map[string]bool{
	"need": true, "speed": true, "indeed": true, "proceed": true, "exceed": true, "succeed": true,
	"hundred": true, "seed": true, "feed": true, "bleed": true, "breed": true, "greed": true,
	"bed": true, "red": true, "shed": true, "wed": true, "fed": true, "creed": true,
	"weed": true, "reed": true, "deed": true, "embed": true, "shred": true, "sled": true,
	"tweed": true, "steed": true, "heed": true, "based": true, "related": true,
	"united": true, "limited": true, "expected": true, "scheduled": true, "planned": true,
	"supposed": true, "used": true, "concerned": true, "interested": true, "detailed": true,
	"advanced": true, "experienced": true, "talented": true, "sophisticated": true,
	"dedicated": true, "complicated": true, "armed": true, "alleged": true, "so-called": true,
	"biased": true, "aged": true, "beloved": true, "naked": true, "wicked": true, "crooked": true,
	"rugged": true, "sacred": true, "wretched": true, "ragged": true,
}
