package org.claimgraph.ingest;

/** Hears about an ingest's progress, one file at a time, in input order. */
public interface IngestListener {
  /** Called once with the number of files to ingest. */
  void started(int files);

  /** Called after each file is stored or has failed. */
  void done(FileResult result);

  /** A listener that ignores everything. */
  IngestListener NONE = new IngestListener() {
    @Override
    public void started(int files) {}

    @Override
    public void done(FileResult result) {}
  };
}
