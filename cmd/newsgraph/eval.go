package main

import (
	"context"
	"fmt"
)

func runEval(ctx context.Context, m *Main, args []string) error {
	return fmt.Errorf("eval: not wired yet")
}
