package eval

// PolNeAR reads the PolNeAR split in dir, runs x on every article and scores
// the records. An article x fails on is listed in Errors and scored as an
// empty prediction; a problem in the corpus itself is returned as an error.
func PolNeAR(dir string, x Extractor) (*PolNeARReport, error) {
	arts, err := ReadPolNeAR(dir)
	if err != nil {
		return nil, err
	}
	scores := make([]AttributionScore, len(arts))
	errs := make([]error, len(arts))
	parallel(len(arts), func(i int) {
		a := arts[i]
		rec, err := extract(x, Input{ID: a.ID, Text: a.Text, Published: a.Published})
		scores[i], errs[i] = ScoreAttributions(a.Attributions, rec), err
	})
	r := &PolNeARReport{Dir: dir, Articles: len(arts), Errors: []ArticleError{}}
	for i, a := range arts {
		if errs[i] != nil {
			r.Errors = append(r.Errors, ArticleError{ID: a.ID, Error: errs[i].Error()})
		}
		r.AttributionScore = r.AttributionScore.Add(scores[i])
		r.PerArticle = append(r.PerArticle, PolNeARArticleScore{ID: a.ID, AttributionScore: scores[i]})
	}
	return r, nil
}

// Gold reads the newsgraph-gold/1 files in dir, runs x on every article and
// scores the records. An article x fails on is listed in Errors and scored
// as an empty prediction; a problem in a gold file is returned as an error.
func Gold(dir string, x Extractor) (*GoldReport, error) {
	arts, err := ReadGold(dir)
	if err != nil {
		return nil, err
	}
	scores := make([]GoldScore, len(arts))
	errs := make([]error, len(arts))
	parallel(len(arts), func(i int) {
		a := arts[i]
		rec, err := extract(x, Input{ID: a.ID, Text: a.Text, Published: a.Published})
		scores[i], errs[i] = ScoreGoldArticle(a, rec), err
	})
	r := &GoldReport{Dir: dir, Articles: len(arts), Errors: []ArticleError{}}
	for i, a := range arts {
		if errs[i] != nil {
			r.Errors = append(r.Errors, ArticleError{ID: a.ID, Error: errs[i].Error()})
		}
		r.GoldScore = r.GoldScore.Add(scores[i])
		r.PerArticle = append(r.PerArticle, scores[i])
	}
	return r, nil
}
