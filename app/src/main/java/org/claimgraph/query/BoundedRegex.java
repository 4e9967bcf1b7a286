package org.claimgraph.query;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code REGEX} that stops when the query is cancelled or its time is up. Jena's query
 * timeout cancels the iterators between rows, but one backtracking match, such as
 * {@code REGEX(?text, "^(a|aa)+$")} on a long run of a's, never returns to them and runs for
 * minutes; java.util.regex checks no interrupt flag. This one matches against a
 * {@link CharSequence} whose {@code charAt} checks the query's cancel signal and a deadline, so
 * the match is abandoned within milliseconds of either and the query ends as timed out.
 *
 * <p>Same semantics as {@link E_Regex} otherwise: string literals only, the XPath flags
 * {@code i s m x q}. {@link QueryGuards} puts it in place of every {@code REGEX}.
 */
final class BoundedRegex extends E_Regex {

  private final long budgetMillis;

  BoundedRegex(Expr text, Expr pattern, Expr flags, long budgetMillis) {
    super(text, pattern, flags);
    this.budgetMillis = budgetMillis;
  }

  @Override
  public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
    Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
    String pattern = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(1)).getLiteralLexicalForm();
    String flags = args.size() > 2 ? NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(2)).getLiteralLexicalForm() : null;
    Pattern p;
    try {
      p = RegexEngine.makePattern("REGEX", pattern, flags);
    } catch (RuntimeException e) {
      throw new ExprEvalException("REGEX: bad pattern: " + e.getMessage());
    }
    AtomicBoolean cancel = env instanceof ExecutionContext ec ? ec.getCancelSignal() : null;
    CharSequence input = new Deadline(text.getLiteralLexicalForm(), cancel, System.nanoTime() + budgetMillis * 1_000_000L);
    return NodeValue.booleanReturn(p.matcher(input).find());
  }

  @Override
  public NodeValue eval(List<NodeValue> args) {
    return eval(args, null);
  }

  @Override
  public Expr copy(ExprList newArgs) {
    return new BoundedRegex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null, budgetMillis);
  }

  /** A string that throws {@link QueryCancelledException} from {@code charAt} once the query is cancelled or the deadline passed. */
  static final class Deadline implements CharSequence {
    private final String s;
    private final AtomicBoolean cancel;
    private final long deadlineNanos;
    private int calls;

    Deadline(String s, AtomicBoolean cancel, long deadlineNanos) {
      this.s = s;
      this.cancel = cancel;
      this.deadlineNanos = deadlineNanos;
    }

    @Override
    public char charAt(int index) {
      if ((++calls & 0xFFF) == 0 && (cancel != null && cancel.get() || System.nanoTime() - deadlineNanos > 0)) {
        throw new QueryCancelledException();
      }
      return s.charAt(index);
    }

    @Override
    public int length() {
      return s.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Deadline(s.substring(start, end), cancel, deadlineNanos);
    }

    @Override
    public String toString() {
      return s;
    }
  }
}
