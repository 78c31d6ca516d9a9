package timex

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/text"
)

// format writes an expression as the tables below do: "text=type:value",
// with "/MOD" when it has a mod.
func format(src string, e Expr) string {
	s := fmt.Sprintf("%s=%s:%s", src[e.Start:e.End], e.Type, e.Value)
	if e.Mod != "" {
		s += "/" + e.Mod
	}
	return s
}

// fri is the reference date of most cases: Friday 17 February 2017, the
// seed article's date (ISO week 7).
const fri = "2017-02-17"

// findTests are expressions in context, written by us. Each lists every
// expression the text holds.
var findTests = []struct {
	ref, src string
	want     []string
}{
	// Weekdays and the tense of the sentence.
	{fri, "He said on Monday that talks had stalled.", []string{"Monday=date:2017-02-13"}},
	{fri, "The ministers will meet on Monday.", []string{"Monday=date:2017-02-20"}},
	{fri, "The summit is on Tuesday.", []string{"Tuesday=date:2017-02-21"}},
	{fri, "They met Friday in Munich.", []string{"Friday=date:2017-02-17"}},
	{fri, "Talks are scheduled for Wednesday.", []string{"Wednesday=date:2017-02-22"}},
	{fri, "The vote was held Wednesday night.", []string{"Wednesday night=time:2017-02-15TNI"}},
	{fri, "He arrived last Friday and leaves next Friday.", []string{"last Friday=date:2017-02-10", "next Friday=date:2017-02-24"}},
	{fri, "The march is this coming Sunday; the rally was this past Sunday.", []string{"this coming Sunday=date:2017-02-19", "this past Sunday=date:2017-02-12"}},
	{fri, "Both sides agreed to talk again until Tuesday.", []string{"Tuesday=date:2017-02-21"}},
	{fri, "The envoy, who will arrive Monday, said nothing.", []string{"Monday=date:2017-02-20"}},
	{fri, "Officials said the report would be released Thursday.", []string{"Thursday=date:2017-02-23"}},
	{fri, "Officials said the report was released Thursday.", []string{"Thursday=date:2017-02-16"}},
	// Days of months, by tense.
	{fri, "Protesters gathered on February 20.", []string{"February 20=date:2016-02-20"}},
	{fri, "The court will rule on February 20.", []string{"February 20=date:2017-02-20"}},
	{fri, "February 16 at a press conference in Brussels, he expressed confidence.", []string{"February 16=date:2017-02-16"}},
	{fri, "He must be returned by March 14.", []string{"March 14=date:2017-03-14"}},
	{fri, "The deal, signed Dec. 3, expires Jan. 31, 2019.", []string{"Dec. 3=date:2016-12-03", "Jan. 31, 2019=date:2019-01-31"}},
	{fri, "It happened on 11 December.", []string{"11 December=date:2016-12-11"}},
	{fri, "It is due on the 3rd of March.", []string{"the 3rd of March=date:2017-03-03"}},
	{fri, "As reported on Friday, February 17, RIA Novosti said.", []string{"Friday, February 17=date:2017-02-17"}},
	// Months, years and their parts.
	{fri, "The report was published in December.", []string{"December=date:2016-12"}},
	{fri, "The law will take effect in December.", []string{"December=date:2017-12"}},
	{fri, "In 2014 the alliance suspended cooperation, renewed in April 2016.", []string{"2014=date:2014", "April 2016=date:2016-04"}},
	{fri, "Work starts in early March and ends in mid-2018.", []string{"early March=date:2017-03/START", "mid-2018=date:2018/MID"}},
	{fri, "Sales fell in late 2016 and will recover by the end of next year.", []string{"late 2016=date:2016/END", "the end of next year=date:2018/END"}},
	{fri, "Prices rose last year and this month; they may fall next month.", []string{"last year=date:2016", "this month=date:2017-02", "next month=date:2017-03"}},
	{fri, "He spoke this week, not last week; he returns next week.", []string{"this week=date:2017-W07", "last week=date:2017-W06", "next week=date:2017-W08"}},
	{fri, "Fiscal 2016 revenue beat the year before.", []string{"Fiscal 2016=date:2016"}},
	{fri, "The nineties were calm, unlike the 1980s and the early 1970s.", []string{"The nineties=date:199", "the 1980s=date:198", "the early 1970s=date:197/START"}},
	{fri, "He was born in the 20th century and is in his 80s.", []string{"the 20th century=date:19"}},
	{fri, "It was built in the '60s.", []string{"the '60s=date:196"}},
	{fri, "The week of March 6 is busy.", []string{"The week of March 6=date:2017-W10"}},
	// Deictic words.
	{fri, "Yesterday he left; today he rests; tomorrow he returns.", []string{"Yesterday=date:2017-02-16", "today=date:2017-02-17", "tomorrow=date:2017-02-18"}},
	{fri, "He spoke yesterday morning and will speak tonight.", []string{"yesterday morning=time:2017-02-16TMO", "tonight=time:2017-02-17TNI"}},
	{fri, "Last night the talks failed.", []string{"Last night=time:2017-02-16TNI"}},
	// Counted from the reference date or the last date mentioned.
	{fri, "Two years ago, three weeks ago and five days ago.", []string{"Two years ago=date:2015", "three weeks ago=date:2017-W04", "five days ago=date:2017-02-12"}},
	{fri, "NATO changed a decade ago.", []string{"a decade ago=date:2007"}},
	{fri, "In March 2015 it fell; a year earlier it rose.", []string{"March 2015=date:2015-03", "a year earlier=date:2014-03"}},
	{fri, "The treaty was signed on June 3, 2016, and ratified the next day.", []string{"June 3, 2016=date:2016-06-03", "the next day=date:2016-06-04"}},
	// Durations.
	{fri, "The meeting was not held for two years.", []string{"two years=duration:P2Y"}},
	{fri, "They talked for three hours about a 10-year plan.", []string{"three hours=duration:PT3H", "10-year=duration:P10Y"}},
	{fri, "It took two and a half years and half an hour.", []string{"two and a half years=duration:P2Y6M", "half an hour=duration:PT30M"}},
	{fri, "It lasted nearly two months, more than a decade ago.", []string{"nearly two months=duration:P2M/LESS_THAN", "more than a decade ago=date:2007/MORE_THAN"}},
	{fri, "Profits grew over the past five years and several weeks.", []string{"the past five years=duration:P5Y", "several weeks=duration:PXW"}},
	{fri, "The 47-year-old minister waited a few days.", []string{"a few days=duration:PXD"}},
	{fri, "He has waited for years.", []string{"years=duration:PXY"}},
	// Sets.
	{fri, "They meet every Monday and twice a week.", []string{"every Monday=set:XXXX-WXX-1", "twice a week=set:P1W"}},
	{fri, "The daily report comes each year, every other day.", []string{"daily=set:P1D", "each year=set:P1Y", "every other day=set:P2D"}},
	// Times of day.
	{fri, "The blast came at 10:30 a.m. and the reply at 3 p.m. Thursday.", []string{"10:30 a.m.=time:2017-02-17T10:30", "3 p.m. Thursday=time:2017-02-16T15:00"}},
	{fri, "The polls close at 14:00 GMT; counting starts at noon.", []string{"14:00 GMT=time:2017-02-17T14:00Z", "noon=time:2017-02-17T12:00"}},
	// Quarters and halves.
	{fri, "Third-quarter profit rose; the fourth quarter of 2016 was weak.", []string{"Third-quarter=date:2016-Q3", "the fourth quarter of 2016=date:2016-Q4"}},
	{fri, "Sales in the first half of 2016 and in Q1 2017.", []string{"the first half of 2016=date:2016-H1", "Q1 2017=date:2017-Q1"}},
	{"1989-10-26", "Net income in the quarter rose from the year-ago quarter.", []string{"the quarter=date:1989-Q3", "the year-ago quarter=date:1988-Q3"}},
	// Seasons and holidays.
	{fri, "Last summer was hot; this fall will be cold.", []string{"Last summer=date:2016-SU", "this fall=date:2017-FA"}},
	{fri, "It began in the spring of 2015.", []string{"the spring of 2015=date:2015-SP"}},
	{fri, "They celebrated Christmas and New Year's Day together.", []string{"Christmas=date:2016-12-25", "New Year's Day=date:2017-01-01"}},
	// Vague references.
	{fri, "NATO is now working on it; it recently said so.", []string{"now=date:PRESENT_REF", "recently=date:PAST_REF"}},
	{fri, "The past is gone, the future is open.", []string{"The past=date:PAST_REF", "the future=date:FUTURE_REF"}},
	// Ranges.
	{fri, "The exhibition ran from March to May 2016.", []string{"March=date:2016-03", "May 2016=date:2016-05"}},
	{fri, "The summit was held February 16-17 in Munich.", []string{"February 16=date:2017-02-16", "17=date:2017-02-17"}},
	{fri, "The talks will run from Monday to Wednesday.", []string{"Monday=date:2017-02-20", "Wednesday=date:2017-02-22"}},
	{fri, "Between 2014 and 2016 and in 1990-1992.", []string{"2014=date:2014", "2016=date:2016", "1990=date:1990", "1992=date:1992"}},
	{fri, "It was open from March 3 to May 5, 2016.", []string{"March 3=date:2016-03-03", "May 5, 2016=date:2016-05-05"}},
	// Datelines are the publication date itself, whatever the tense.
	{"2017-03-04", "MOSCOW, March 5 (RIA Novosti) — The minister said talks went well.", []string{"March 5=date:2017-03-05"}},
	{"2017-03-03", "WASHINGTON, Feb. 17, 2017 - The president said so.", []string{"Feb. 17, 2017=date:2017-02-17"}},
	// Numeric formats.
	{fri, "Signed on 17.02.2017, filed 2017-02-17, dated 02/17/2017 and 17/02/2017.", []string{"17.02.2017=date:2017-02-17", "2017-02-17=date:2017-02-17", "02/17/2017=date:2017-02-17", "17/02/2017=date:2017-02-17"}},
	{fri, "The form is dated 03/04/2017.", []string{"03/04/2017=date:2017-03-04"}},
	{fri, "Entries of 25/12/2016 and 03/04/2017 differ.", []string{"25/12/2016=date:2016-12-25", "03/04/2017=date:2017-04-03"}},
	{"2007-07-09", "The photo is dated 7/8/07.", []string{"7/8/07=date:2007-07-08"}},
	// Without a reference date, values keep their placeholders.
	{"", "On Friday, February 17, he met them; on Friday he left.", []string{"Friday, February 17=date:XXXX-02-17", "Friday=date:XXXX-WXX-5"}},
	{"", "Last year, two years after 2014, yesterday.", []string{"Last year=date:XXXX", "two years=duration:P2Y", "2014=date:2014", "yesterday=date:XXXX-XX-XX"}},
	// Words that are not dates.
	{fri, "The talks may fail, Theresa May said, as thousands march.", nil},
	{fri, "He paid $2015 for 1500 shares and 2000 troops.", nil},
	{fri, "In May, the talks resumed.", []string{"May=date:2016-05"}},

	// Fixed bugs.
	{"1998-10-27", "The Times said on Monday, Oct. 26: the murder was vile.", []string{"Monday, Oct. 26=date:1998-10-26"}},  // a colon after the day
	{fri, "a 16-hour flight", []string{"16-hour=duration:PT16H"}},                                                           // the tokenizer splits 16 - hour
	{fri, "He tried a second time, with three-quarters of the vote.", nil},                                                  // ordinals and fractions
	{fri, "He joined the March for Life, watched 60 Minutes and VOA Today.", nil},                                           // names
	{"1998-03-01", "Two helicopters crashed last February.", []string{"last February=date:1997-02"}},                        // last month is "last month"
	{fri, "The vote will still be held on March 3.", []string{"March 3=date:2017-03-03"}},                                   // a participle after be
	{fri, "''This father will leave at 4 a.m. Thursday,'' Castro said.", []string{"4 a.m. Thursday=time:2017-02-23T04:00"}}, // quoted speech has its own tense
}

func TestFind(t *testing.T) {
	for _, tt := range findTests {
		d := text.New(tt.src)
		var got []string
		for _, e := range Find(d, tt.ref) {
			got = append(got, format(tt.src, e))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s %q:\n got  %q\n want %q", tt.ref, tt.src, got, tt.want)
		}
	}
}

// TestFindInvariants checks what every result must satisfy on the table's
// texts: offsets inside the source on rune boundaries, in order, without
// overlap, a known type and a value.
func TestFindInvariants(t *testing.T) {
	for _, tt := range findTests {
		checkInvariants(t, tt.src, Find(text.New(tt.src), tt.ref))
	}
}

func checkInvariants(t *testing.T, src string, es []Expr) {
	t.Helper()
	end := 0
	for _, e := range es {
		if e.Start < end || e.End <= e.Start || e.End > len(src) {
			t.Fatalf("%q: bad offsets %d-%d after %d", src, e.Start, e.End, end)
		}
		if !isRuneStart(src, e.Start) || !isRuneStart(src, e.End) {
			t.Fatalf("%q: offsets %d-%d split a rune", src, e.Start, e.End)
		}
		end = e.End
		switch e.Type {
		case Date, Time, Duration, Set:
		default:
			t.Fatalf("%q: bad type %q", src, e.Type)
		}
		if e.Value == "" || strings.ContainsAny(e.Value, " \n") {
			t.Fatalf("%q: bad value %q", src, e.Value)
		}
	}
}

func isRuneStart(s string, i int) bool { return i == len(s) || s[i]&0xC0 != 0x80 }

func TestDurValue(t *testing.T) {
	tests := []struct {
		n     float64
		vague bool
		u     unit
		want  string
	}{
		{2, false, uYear, "P2Y"}, {3, false, uHour, "PT3H"}, {2.5, false, uYear, "P2Y6M"},
		{1.5, false, uMinute, "PT1M30S"}, {0.5, false, uHour, "PT30M"}, {0, true, uWeek, "PXW"},
		{0, true, uMinute, "PTXM"}, {2, false, uDecade, "P20Y"}, {2, false, uQuarter, "P2Q"},
		{1.5, false, uDay, "P1DT12H"},
	}
	for _, tt := range tests {
		if got := durValue(tt.n, tt.vague, tt.u); got != tt.want {
			t.Errorf("durValue(%v, %v, %v) = %q, want %q", tt.n, tt.vague, tt.u, got, tt.want)
		}
	}
}
