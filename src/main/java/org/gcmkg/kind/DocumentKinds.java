package org.gcmkg.kind;

import java.util.List;
import java.util.ServiceLoader;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.SourceText;

/**
 * The kinds of document the loader knows: those registered in {@code META-INF/services/org.gcmkg.kind.DocumentKind},
 * in the order of that file (the files of several class path entries in class path order).
 */
public final class DocumentKinds {
    // The class loader of the kinds' own jar, not the thread's: the first to ask may be a server's thread.
    private static final DocumentKinds REGISTERED =
            new DocumentKinds(ServiceLoader.load(DocumentKind.class, DocumentKind.class.getClassLoader()).stream()
                    .<DocumentKind<?>>map(ServiceLoader.Provider::get)
                    .toList());

    private final List<DocumentKind<?>> kinds;

    private DocumentKinds(List<DocumentKind<?>> kinds) {
        this.kinds = kinds;
    }

    public static DocumentKinds registered() {
        return REGISTERED;
    }

    public List<DocumentKind<?>> all() {
        return kinds;
    }

    public List<String> names() {
        return kinds.stream().map(DocumentKind::name).toList();
    }

    /** Who publishes the documents of each kind, once each, for crediting them. */
    public List<String> publishers() {
        return kinds.stream().map(DocumentKind::publisher).distinct().toList();
    }

    /**
     * The one kind {@code source} is of. A document no kind recognises is refused rather than left out, since a graph
     * silently missing it would look complete; one that two kinds recognise is refused rather than read as the
     * first, since which is first depends on the class path.
     *
     * @throws CorpusException naming the file when no kind, or more than one, recognises it
     */
    public DocumentKind<?> of(SourceText source) {
        List<DocumentKind<?>> claiming =
                kinds.stream().filter(k -> k.recognises(source)).toList();
        if (claiming.isEmpty()) {
            throw CorpusException.at(
                    source.fileName(),
                    1,
                    "expected a document of a known kind (" + String.join(", ", names())
                            + "), found none of their shapes");
        }
        if (claiming.size() > 1) {
            throw CorpusException.at(
                    source.fileName(),
                    1,
                    "expected a document of one kind, found the shapes of "
                            + claiming.size() + " ("
                            + String.join(
                                    ", ",
                                    claiming.stream().map(DocumentKind::name).toList())
                            + ")");
        }
        return claiming.get(0);
    }
}
