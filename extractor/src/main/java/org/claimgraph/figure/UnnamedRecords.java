package org.claimgraph.figure;

import java.util.regex.Pattern;

/**
 * A record credited without its source: "according to newly released figures", "according to figures that reveal …", "industry
 * data shows". In a lead it names nobody yet; the paragraph right after it names the source ("Data from chargepoint
 * mapping provider Zap Map shows …", "The latest quarterly sales data from … the Australian Automobile Association shows"),
 * and the lead's figures are that source's (GUIDELINES attribution rule 2; the fresh10 call on the AAA lead). A group of people
 * ("analysts", "traders") is no record: its figures stay uncredited (credit19b).
 */
final class UnnamedRecords {

  private static final Pattern RECORD = Pattern.compile(
      "(?i)^(?:(?:the|new|newly|latest|recent|recently|just|fresh|industry|trade|released|published|updated|preliminary|monthly|quarterly|annual)\\s+)*"
          + "(?:figures|data|statistics|numbers)(?:\\s+(?:released|published|show|shows|showed))?$");

  private UnnamedRecords() {}

  /** Whether the credit as written is a record that names no source. */
  static boolean isRecord(String written) {
    return written != null && RECORD.matcher(written.strip()).matches();
  }
}
