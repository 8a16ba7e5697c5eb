package org.gcmkg.bench;

import java.util.Arrays;
import java.util.List;

/** Median, minimum, maximum and percentiles of repeated measurements. */
record Stats(double median, double min, double max, int runs) {
    static Stats of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no measurements");
        }
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Stats(median, sorted[0], sorted[n - 1], n);
    }

    /** The nearest-rank percentile {@code p} (0 to 100) of {@code sorted}, which is sorted ascending. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    /** The slope of the least-squares line through (log x, log y): how y grows with x. */
    static double logLogSlope(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += Math.log(x[i]) / n;
            my += Math.log(y[i]) / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = Math.log(x[i]) - mx;
            sxy += dx * (Math.log(y[i]) - my);
            sxx += dx * dx;
        }
        return sxy / sxx;
    }

    /** "median (min to max)" with {@code format} for each figure; a single run shows its one figure. */
    String show(String format) {
        if (runs == 1) {
            return String.format(format, median) + " (1 run)";
        }
        return String.format(format, median) + " (" + String.format(format, min) + " to " + String.format(format, max)
                + ", " + runs + " runs)";
    }
}
