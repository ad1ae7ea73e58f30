package org.advisorydesk.dashboard;

/**
 * The sums of one dashboard fact over some days for one combination of filters: counts {@code n..n4}
 * and duration histograms {@code h1..h3}, whose meaning the fact gives (see {@link Facts}), and a label
 * (a task's name).
 */
final class FactSums {

    String label;
    long n;
    long n2;
    long n3;
    long n4;
    final Histogram h1;
    final Histogram h2;
    final Histogram h3;

    FactSums() {
        this(null, 0, 0, 0, 0, new Histogram(), new Histogram(), new Histogram());
    }

    FactSums(String label, long n, long n2, long n3, long n4, Histogram h1, Histogram h2, Histogram h3) {
        this.label = label;
        this.n = n;
        this.n2 = n2;
        this.n3 = n3;
        this.n4 = n4;
        this.h1 = h1;
        this.h2 = h2;
        this.h3 = h3;
    }

    void addAll(FactSums other) {
        if (other.label != null && (label == null || other.label.compareTo(label) > 0)) {
            label = other.label;
        }
        n += other.n;
        n2 += other.n2;
        n3 += other.n3;
        n4 += other.n4;
        h1.addAll(other.h1);
        h2.addAll(other.h2);
        h3.addAll(other.h3);
    }
}
