package dev.candidates.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.candidates.model.Education;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Degree strings as résumés write them, in both languages, and the level each names. */
class DegreeLevelTest {
  record Row(String degree, DegreeLevel level) {}

  static final List<Row> TABLE = List.of(
      new Row("B.S.", DegreeLevel.BACHELOR),
      new Row("BS in Computer Science", DegreeLevel.BACHELOR),
      new Row("BSc", DegreeLevel.BACHELOR),
      new Row("B.Sc. (Hons)", DegreeLevel.BACHELOR),
      new Row("BA", DegreeLevel.BACHELOR),
      new Row("B.Eng.", DegreeLevel.BACHELOR),
      new Row("Bachelor of Science", DegreeLevel.BACHELOR),
      new Row("Bachelor's degree", DegreeLevel.BACHELOR),
      new Row("本科", DegreeLevel.BACHELOR),
      new Row("学士", DegreeLevel.BACHELOR),
      new Row("工学学士", DegreeLevel.BACHELOR),
      new Row("统招本科", DegreeLevel.BACHELOR),
      new Row("MSc", DegreeLevel.MASTER),
      new Row("M.S.", DegreeLevel.MASTER),
      new Row("M.Sc. Data Science", DegreeLevel.MASTER),
      new Row("MBA", DegreeLevel.MASTER),
      new Row("EMBA", DegreeLevel.MASTER),
      new Row("M.Eng", DegreeLevel.MASTER),
      new Row("Master of Engineering", DegreeLevel.MASTER),
      new Row("Master's", DegreeLevel.MASTER),
      new Row("硕士", DegreeLevel.MASTER),
      new Row("硕士研究生", DegreeLevel.MASTER),
      new Row("研究生", DegreeLevel.MASTER),
      new Row("PhD", DegreeLevel.DOCTORATE),
      new Row("Ph.D.", DegreeLevel.DOCTORATE),
      new Row("Ph.D in Physics", DegreeLevel.DOCTORATE),
      new Row("Doctor of Philosophy", DegreeLevel.DOCTORATE),
      new Row("DPhil", DegreeLevel.DOCTORATE),
      new Row("博士", DegreeLevel.DOCTORATE),
      new Row("博士研究生", DegreeLevel.DOCTORATE),
      new Row("大专", DegreeLevel.ASSOCIATE),
      new Row("专科", DegreeLevel.ASSOCIATE),
      new Row("Associate Degree", DegreeLevel.ASSOCIATE),
      new Row("A.A.S.", DegreeLevel.ASSOCIATE),
      new Row("Computer Science", null),
      new Row("Mathematics", null),
      new Row("Business Administration", null),
      new Row("", null));

  @Test
  void everyDegreeStringOfTheTableNamesItsLevel() {
    List<String> wrong = new ArrayList<>();
    for (Row r : TABLE) {
      DegreeLevel got = DegreeLevel.of(r.degree());
      if (got != r.level()) {
        wrong.add("\"" + r.degree() + "\" → " + got + ", expected " + r.level());
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void theHighestLevelOfTheEntriesWinsAndNoEntryMeansNone() {
    assertEquals(DegreeLevel.MASTER, DegreeLevel.highest(List.of(
        new Education("清华大学", "本科", "计算机", null, null),
        new Education("北京大学", "硕士研究生", "软件工程", null, null))));
    assertEquals(DegreeLevel.DOCTORATE, DegreeLevel.highest(List.of(
        new Education("MIT", "Ph.D.", "EECS", null, null), new Education("MIT", "BSc", "EECS", null, null))));
    assertEquals(DegreeLevel.BACHELOR, DegreeLevel.highest(List.of(new Education("Zhejiang University", null,
        "B.Eng. Computer Science", null, null))), "the major may carry the degree");
    assertEquals(DegreeLevel.NONE, DegreeLevel.highest(List.of()));
    assertEquals(DegreeLevel.NONE, DegreeLevel.highest(List.of(new Education("Some School", null, null, null,
        null))));
  }

  @Test
  void aQueryValueIsAKeyOrAnyDegreeStringInEitherLanguage() {
    assertEquals("master", DegreeLevel.keyOf("master"));
    assertEquals("master", DegreeLevel.keyOf("Masters"));
    assertEquals("master", DegreeLevel.keyOf("硕士"));
    assertEquals("doctorate", DegreeLevel.keyOf("PhD"));
    assertEquals("none", DegreeLevel.keyOf("none"));
    assertEquals(null, DegreeLevel.keyOf("wizard"));
  }
}
