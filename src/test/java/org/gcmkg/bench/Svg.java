package org.gcmkg.bench;

import java.util.List;
import java.util.Locale;

/** A log-log line chart of time against corpus size, as a standalone SVG file. */
final class Svg {
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd"};
    private static final int W = 640;
    private static final int H = 400;
    private static final int LEFT = 70;
    private static final int RIGHT = 200;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;

    private Svg() {}

    record Series(String name, double[] x, double[] y) {}

    static String chart(String title, String yLabel, List<Series> series) {
        double minX = Double.MAX_VALUE;
        double maxX = 0;
        double minY = Double.MAX_VALUE;
        double maxY = 0;
        for (Series s : series) {
            for (int i = 0; i < s.x.length; i++) {
                minX = Math.min(minX, s.x[i]);
                maxX = Math.max(maxX, s.x[i]);
                minY = Math.min(minY, s.y[i]);
                maxY = Math.max(maxY, s.y[i]);
            }
        }
        double lx0 = Math.floor(Math.log10(minX));
        double lx1 = Math.max(lx0 + 1, Math.ceil(Math.log10(maxX)));
        double ly0 = Math.floor(Math.log10(minY));
        double ly1 = Math.max(ly0 + 1, Math.ceil(Math.log10(maxY)));
        int pw = W - LEFT - RIGHT;
        int ph = H - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        + " font-family=\"sans-serif\" font-size=\"12\">\n"
                        + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n"
                        + "<text x=\"%d\" y=\"22\" font-size=\"14\" font-weight=\"bold\">%s</text>\n",
                W,
                H,
                W,
                H,
                LEFT,
                escape(title)));
        for (double d = lx0; d <= lx1; d++) {
            double px = LEFT + (d - lx0) / (lx1 - lx0) * pw;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                            + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s×</text>\n",
                    px,
                    TOP,
                    px,
                    TOP + ph,
                    px,
                    TOP + ph + 16,
                    number(Math.pow(10, d))));
        }
        for (double d = ly0; d <= ly1; d++) {
            double py = TOP + ph - (d - ly0) / (ly1 - ly0) * ph;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
                    LEFT,
                    py,
                    LEFT + pw,
                    py,
                    LEFT - 6,
                    py + 4,
                    number(Math.pow(10, d))));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#333\"/>\n"
                        + "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">corpus size (times data/corpus)</text>\n"
                        + "<text transform=\"translate(16 %d) rotate(-90)\" text-anchor=\"middle\">%s</text>\n",
                LEFT,
                TOP,
                pw,
                ph,
                LEFT + pw / 2,
                H - 12,
                TOP + ph / 2,
                escape(yLabel)));
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            String colour = COLOURS[s % COLOURS.length];
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < one.x.length; i++) {
                double px = LEFT + (Math.log10(one.x[i]) - lx0) / (lx1 - lx0) * pw;
                double py = TOP + ph - (Math.log10(one.y[i]) - ly0) / (ly1 - ly0) * ph;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
                svg.append(String.format(
                        Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>\n", px, py, colour));
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>\n",
                    points.toString().trim(),
                    colour));
            int ly = TOP + 10 + s * 20;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>"
                            + "<text x=\"%d\" y=\"%d\">%s</text>\n",
                    LEFT + pw + 10,
                    ly,
                    LEFT + pw + 30,
                    ly,
                    colour,
                    LEFT + pw + 36,
                    ly + 4,
                    escape(one.name)));
        }
        return svg.append("</svg>\n").toString();
    }

    private static String number(double v) {
        return v >= 1 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%s", v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
