// The extraction rules alone: every article of DIRS read and annotated once, then W warm and T timed passes of
// FigureExtractor.extract + TitleFigures.extract (titles' annotations memoized); thread CPU per pass, and a digest
// of every figure so two builds can be compared.
// Run: java -cp "app/target/classes:$(cat app/target/runtime-classpath.txt)" tools/ExtractBench.java W T DIR... (-Ddump=FILE: every figure of the first pass)
import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.util.*;
import java.util.stream.Stream;
import org.claimgraph.article.*;
import org.claimgraph.nlp.*;
import org.claimgraph.figure.*;

public class ExtractBench {
  public static void main(String[] args) throws Exception {
    int warm = Integer.parseInt(args[0]), timed = Integer.parseInt(args[1]);
    List<Path> files = new ArrayList<>();
    for (int i = 2; i < args.length; i++) try (Stream<Path> s = Files.list(Path.of(args[i]))) { s.filter(ArticleReader::isReadable).sorted().forEach(files::add); }
    Annotator annotator = new Annotator();
    ArticleReader reader = new ArticleReader();
    List<AnnotatedArticle> annotated = new ArrayList<>();
    for (Path f : files) {
      Article a = reader.read(f);
      if (!Languages.isEnglishOrUnknown(a)) continue;
      annotated.add(annotator.annotate(a));
    }
    Map<String, AnnotatedArticle> titleMemo = new HashMap<>();
    java.util.function.Function<Article, AnnotatedArticle> annT = a -> titleMemo.computeIfAbsent(a.text() + "\u0000" + a.title(), k -> annotator.annotate(a));
    FigureExtractor fx = new FigureExtractor();
    TitleFigures tf = new TitleFigures(fx);
    var mx = ManagementFactory.getThreadMXBean();
    String digest = null;
    for (int pass = 0; pass < warm + timed; pass++) {
      long t0 = mx.getCurrentThreadCpuTime();
      StringBuilder all = new StringBuilder();
      for (AnnotatedArticle aa : annotated) {
        List<Figure> found = new ArrayList<>(fx.extract(aa));
        found.addAll(tf.extract(aa.article(), annT, List.copyOf(found)));
        all.append(found).append('\n');
      }
      long t1 = mx.getCurrentThreadCpuTime();
      String d = Integer.toHexString(all.toString().hashCode()) + "/" + all.length();
      if (digest == null) { digest = d; Files.writeString(Path.of(System.getProperty("dump", "/tmp/cpu15/figs.txt")), all); }
      System.out.printf("%s %d %.3f s %s%n", pass < warm ? "warm" : "timed", pass, (t1 - t0) / 1e9, d);
    }
  }
}
