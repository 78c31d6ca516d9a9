// Package timex finds temporal expressions in a text and normalizes them
// to TimeML TIMEX3 types and values against the publication date, and
// infers the publication date itself from the text.
//
// It creates: []Expr (Find) and a publication date (Published). It needs:
// a text.Doc (tokens and sentences) and, for Find, the reference date.
//
// # Recognition
//
// Find reads the token stream once. Tokens become lexemes (lex.go):
// hyphenated words split into parts ("third-quarter", "10-year"), each word
// looked up once, lower-cased without allocating, in one keyword map
// (lexicon.go) that knows months, weekdays, units, numbers written as
// words, ordinals, seasons, parts of the day, holidays and tense cues.
// Rules, each headed by the patterns it matches, then try the lexemes that
// may start an expression, longest first, modifiers before their heads:
//
//	rules.go      the entry point: which rules a lexeme may start
//	month.go      February 17, 2017; 17 February; April 2016; March to May; datelines
//	parts.go      the parts of a date: 17, 17th, seventeenth; ", 2017"
//	weekday.go    Friday; Friday, February 17; Friday morning; Monday to Wednesday
//	year.go       2014; nineteen ninety-seven; the 1990s; the 20th century; fiscal 1989
//	numeric.go    17.02.2017, 2017-02-17, 02/17/2017, 1990-1992
//	relative.go   yesterday; last year; next Friday; the following day
//	reference.go  now, recently, the future: PRESENT_REF, PAST_REF, FUTURE_REF
//	duration.go   two years; the past five years; 10-year; two years ago; a year earlier
//	number.go     20, 2 1/2, twenty-four, a couple of, several
//	set.go        daily; every Monday; twice a week
//	quarter.go    the third quarter; third-quarter; the year-ago period; the first half of 2016
//	calendar.go   summer 2016; last fall; Christmas; Election Day
//	clock.go      10:30 a.m.; 3 p.m. Thursday; 14:00 GMT; noon
//	modifier.go   about, nearly, more than, at least; early, late, mid-; the end of
//
// Extents follow TimeML: a modifier that changes the value is inside
// ("about two years", "the end of 1990", "the past five years"), a
// preposition is not ("in 2014", "for two years"). Ages ("47-year-old")
// are not temporal expressions. Ranges give two expressions, the first
// taking the year of the second ("from March to May 2016", "February
// 16-17"). Datelines ("MOSCOW, March 3 (RIA Novosti) —") are the
// publication date.
//
// # Values
//
// Values keep the granularity of the text: a year stays a year ("2014"), a
// month a month ("2016-04"), a week a week ("2017-W07"), a quarter a
// quarter ("2016-Q3"); durations are ISO 8601 ("P2Y", "PT3H", "P2Y6M",
// "PXY" when vague); sets are their period ("P1D") or pattern
// ("XXXX-WXX-1"); vague references are PAST_REF, PRESENT_REF and
// FUTURE_REF. What the text leaves open is resolved against the reference
// date: deictic words ("yesterday", "last year") by counting, and names of
// calendar positions ("Friday", "February 16", "April") by the tense of
// their sentence (tense.go, resolve.go): a past-tense "on Monday" goes
// back, a future one forward. "The same day", "a year earlier" count from
// the last date mentioned. Without a reference date the values keep X
// placeholders ("XXXX-02-17", "XXXX-WXX-5").
//
// The rules were written against the TempEval-3 training data (TimeBank
// and AQUAINT) and the MEANTIME dev documents; `newsgraph eval timeml`
// scores them.
package timex
