package org.claimgraph.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Search groups its hits by article from the graph column, and from stored documents where an older index has none. */
class SearchGraphsTest {

  @Test
  void theGraphOfEveryHitInScoreOrderFromTheColumnOrTheStoredDocument() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      List<String> expected = new ArrayList<>();
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
        // an older segment without the column, then a newer one with it (an index written before, then added to)
        for (int segment = 0; segment < 2; segment++) {
          for (int i = 0; i < 50; i++) {
            String graph = "https://claimgraph.org/id/article/" + segment + "-" + (i % 7);
            Document d = new Document();
            d.add(new StringField(Fields.GRAPH, graph, Field.Store.YES));
            if (segment == 1) d.add(new SortedDocValuesField(Fields.GRAPH_COLUMN, new BytesRef(graph)));
            w.addDocument(d);
            expected.add(graph);
          }
          w.commit();
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        List<Integer> order = new ArrayList<>();
        for (int doc = 0; doc < expected.size(); doc++) order.add(doc);
        Collections.shuffle(order, new Random(3)); // hits come in score order, not document order
        ScoreDoc[] hits = new ScoreDoc[order.size()];
        String[] want = new String[order.size()];
        for (int k = 0; k < hits.length; k++) {
          hits[k] = new ScoreDoc(order.get(k), 1f);
          want[k] = expected.get(order.get(k));
        }
        assertArrayEquals(want, SearchService.graphs(reader, hits, reader.storedFields()));
      }
    }
  }
}
