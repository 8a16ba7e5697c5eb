package org.gcmkg.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How the English texts of the graph are cut into search terms, for indexing and for queries alike: words lower-cased
 * and folded to ASCII (so {@code matricula} finds <i>matrícula</i>), English stop words dropped, and Porter stems (so
 * {@code migrant} finds <i>migrants</i>).
 */
final class SearchAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream terms = new EnglishPossessiveFilter(source);
        terms = new LowerCaseFilter(terms);
        terms = new ASCIIFoldingFilter(terms);
        terms = new StopFilter(terms, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        terms = new PorterStemFilter(terms);
        return new TokenStreamComponents(source, terms);
    }

    /** Wildcard and prefix queries are not analysed, only normalised: {@code matr*} still finds <i>Matrícula</i>. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
