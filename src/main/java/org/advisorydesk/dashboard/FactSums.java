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

    boolean isEmpty() {
        return n == 0 && n2 == 0 && n3 == 0 && n4 == 0 && h1.count() == 0 && h2.count() == 0 && h3.count() == 0;
    }

    /** Takes away sums that were part of these (the label stays). */
    void subtract(FactSums part) {
        n -= part.n;
        n2 -= part.n2;
        n3 -= part.n3;
        n4 -= part.n4;
        h1.subtract(part.h1);
        h2.subtract(part.h2);
        h3.subtract(part.h3);
    }
}
