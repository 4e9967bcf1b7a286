package org.claimgraph.query;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code REPLACE} that stops when the query is cancelled or its time is up, for the same
 * reason and by the same means as {@link BoundedRegex}: {@code REPLACE(?text, "(.*a){8}x", "")}
 * backtracks as long as the REGEX does. The result keeps the input's language tag or datatype.
 */
final class BoundedReplace extends E_StrReplace {

  private final long budgetMillis;

  BoundedReplace(Expr text, Expr pattern, Expr replacement, Expr flags, long budgetMillis) {
    super(text, pattern, replacement, flags);
    this.budgetMillis = budgetMillis;
  }

  @Override
  public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
    Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
    String pattern = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(1)).getLiteralLexicalForm();
    String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
    String flags = args.size() > 3 ? NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(3)).getLiteralLexicalForm() : null;
    Pattern p;
    try {
      p = RegexEngine.makePattern("REPLACE", pattern, flags);
    } catch (RuntimeException e) {
      throw new ExprEvalException("REPLACE: bad pattern: " + e.getMessage());
    }
    AtomicBoolean cancel = env instanceof ExecutionContext ec ? ec.getCancelSignal() : null;
    Matcher m = p.matcher(new BoundedRegex.Deadline(text.getLiteralLexicalForm(), cancel,
        System.nanoTime() + budgetMillis * 1_000_000L));
    String result;
    try {
      result = m.replaceAll(replacement);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new ExprEvalException("REPLACE: bad replacement: " + e.getMessage());
    }
    String lang = text.getLiteralLanguage();
    return NodeValue.makeNode(lang == null || lang.isEmpty() ? NodeFactory.createLiteralDT(result, text.getLiteralDatatype())
        : NodeFactory.createLiteralLang(result, lang));
  }

  @Override
  public NodeValue eval(List<NodeValue> args) {
    return eval(args, null);
  }

  @Override
  public Expr copy(ExprList newArgs) {
    return new BoundedReplace(newArgs.get(0), newArgs.get(1), newArgs.get(2), newArgs.size() > 3 ? newArgs.get(3) : null,
        budgetMillis);
  }
}
