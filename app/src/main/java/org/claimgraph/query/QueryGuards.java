package org.claimgraph.query;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.util.Context;

/**
 * Installs query-time guards on a dataset's context: every {@code REGEX} and {@code REPLACE} of
 * every query run on it becomes a {@link BoundedRegex} or {@link BoundedReplace}, which stop with the query's timeout (or after
 * {@code budget} if the query has none). It works on the algebra, so it holds for every way a
 * query arrives (query parameter, form, body, any endpoint name).
 *
 * <pre>{@code
 * QueryGuards.install(dsg.getContext(), 30_000);
 * }</pre>
 */
public final class QueryGuards {
  private QueryGuards() {}

  /** Puts the guards into {@code context}, with {@code budgetMillis} as the longest one regular expression match may run. */
  public static void install(Context context, long budgetMillis) {
    RewriteFactory standard = Optimize.getFactory();
    RewriteFactory guarded = ctx -> {
      Rewrite inner = standard.create(ctx);
      // Bound first: the standard rewrite folds constant expressions, which evaluates them.
      return op -> inner.rewrite(bound(op, budgetMillis));
    };
    context.set(ARQConstants.sysOptimizerFactory, guarded);
    if (context.get(ARQ.queryTimeout) == null) context.set(ARQ.queryTimeout, Long.toString(budgetMillis));
  }

  /** {@code op} with every REGEX and REPLACE bounded. */
  static Op bound(Op op, long budgetMillis) {
    ExprTransformCopy exprs = new ExprTransformCopy() {
      @Override
      public Expr transform(ExprFunctionN func, ExprList args) {
        if (func instanceof E_Regex && !(func instanceof BoundedRegex)) {
          return new BoundedRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null, budgetMillis);
        }
        if (func instanceof E_StrReplace && !(func instanceof BoundedReplace)) {
          return new BoundedReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null, budgetMillis);
        }
        return super.transform(func, args);
      }
    };
    return Transformer.transform(new TransformCopy(), exprs, op);
  }
}
