package dev.candidates.parse;

import java.util.regex.Pattern;

/**
 * A page's furniture left in a résumé's text: the counter a template prints at each page's foot ("Page 1 / 2",
 * "Page 2 of 3", "第 1 页 / 共 2 页") with whatever shares its line ("© European Union, 2002-2026 |
 * europass.europa.eu Page 1 / 2"), and a copyright line. It dates nothing and names nobody: never an entry.
 */
final class PageMarks {
  private static final Pattern MARK = Pattern.compile("(?i)^(?:©.{0,160}|.{0,160}?\\bpage\\s{0,2}\\d{1,3}"
      + "\\s{0,2}(?:/|of)\\s{0,2}\\d{1,3}|.{0,160}?第\\s{0,2}\\d{1,3}\\s{0,2}页\\s{0,2}[/，,]?\\s{0,2}共\\s{0,2}\\d{1,3}\\s{0,2}页)$");

  /** Job sites and résumé builders whose exports print their name over or under the résumé. */
  private static final String SITE = "(?:拉勾(?:招聘|网)?|智联招聘|前程无忧|51job|boss直聘|猎聘(?:网)?|实习僧|脉脉|牛客(?:网)?"
      + "|应届生求职网|104人力银行|1111人力银行|linkedin|indeed|glassdoor|monster|ziprecruiter|seek|naukri|jobsdb"
      + "|jobstreet|wantedly|超级简历|五百丁|智联)";
  /** The words such a banner has besides the site's name ("拉勾招聘 | 在线简历", "—— 本简历来自猎聘 ——"). */
  private static final Pattern BANNER = Pattern.compile("(?i)^(?:(?:本|该|此)?"
      + "(?:在线|个人)?(?:简历|履历)|来自|导出|下载|生成于?|于|由|" + SITE + "|resume|résumé|cv|profile|online|exported"
      + "|downloaded|generated|created|printed|powered|from|by|via|on|with|the|this|was|candidate|applicant|talent"
      + "|\\d{1,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?|[年月日]" // "Generated on 30 Nov 2026"
      + "|[\\s\\p{Punct}—–·|｜、，。：（）【】])+$");
  /** "[照片 Photo]", "免冠照片 2寸", "扫码添加微信": a template's caption for a photo or a QR code, no one's name. */
  private static final Pattern CAPTION = Pattern.compile("(?i)^(?:照片|相片|免冠|证件照|头像|寸照|[一二两12]\\s?寸|photo"
      + "|picture|headshot|二维码|扫一扫|扫码|扫描|添加微信|微信|查看|我的|作品集|qr\\s?code|scan|[\\s\\p{Punct}—–·|｜、，：（）【】\\[\\]])+$");
  private static final Pattern HAS_SITE = Pattern.compile("(?i)" + SITE);
  private static final Pattern HAS_RESUME_WORD = Pattern.compile(
      "(?i)简历|履历|来自|导出|下载|生成|resume|résumé|\\bcv\\b|exported|downloaded|generated|powered");

  private PageMarks() {}

  /**
   * A headhunter's report on a candidate: its title ("候选人推荐报告", "Candidate Recommendation Report") and the
   * consultant's own lines ("推荐顾问：…", "顾问电话：…"), which name the agency's people, not the candidate.
   */
  private static final Pattern REPORT = Pattern.compile("(?i)^(?:(?:候\\s?选\\s?人|人\\s?才)\\s?推\\s?荐\\s?报\\s?告|推荐报告"
      + "|candidate\\s(?:recommendation|assessment|evaluation|submission)\\sreport)$"
      + "|^(?:推荐顾问|猎头顾问|顾问|顾问电话|顾问邮箱|顾问手机|推荐人|推荐公司|报告日期|consultant|recruiter|prepared by)"
      + "\\s{0,3}[:：].*");

  static boolean is(String line) {
    return line.length() <= 200 && (MARK.matcher(line).matches() || REPORT.matcher(line.strip()).matches())
        || siteBanner(line)
        || line.length() <= 40 && CAPTION.matcher(line.strip()).matches() && line.codePoints().anyMatch(Character::isLetter);
  }

  /**
   * "拉勾招聘 | 在线简历", "—— 本简历来自拉勾招聘 ——", "Resume downloaded from Indeed": a job site's banner over or
   * under its export names the site, not the candidate or an employer ("LinkedIn | Software Engineer" is a job).
   */
  static boolean siteBanner(String line) {
    return line.length() <= 80 && HAS_SITE.matcher(line).find() && HAS_RESUME_WORD.matcher(line).find()
        && BANNER.matcher(line).matches();
  }
}
