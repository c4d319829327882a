package casus.engine.sensitivity;

import java.util.Arrays;

/**
 * Functions on the unit cube whose Sobol indices are known in closed form, for checking the
 * estimators: Ishigami's and Sobol's g-function.
 */
record TestFunction(String name, int inputs, Model model, double[] first, double[] total) {
    /** f at a point of the unit cube. */
    interface Model {
        double at(double[] u);
    }

    /**
     * f = sin x1 + a sin² x2 + b x3⁴ sin x1 with x uniform on [−π, π]³, a = 7, b = 0.1 (Ishigami and
     * Homma 1990; Saltelli et al. 2008, Global Sensitivity Analysis: The Primer, §4.8).
     */
    static TestFunction ishigami() {
        double a = 7;
        double b = 0.1;
        double v1 = 0.5 * Math.pow(1 + b * Math.pow(Math.PI, 4) / 5, 2);
        double v2 = a * a / 8;
        double v13 = b * b * Math.pow(Math.PI, 8) * 8 / 225;
        double v = v1 + v2 + v13;
        Model m = u -> {
            double x1 = -Math.PI + 2 * Math.PI * u[0];
            double s2 = Math.sin(-Math.PI + 2 * Math.PI * u[1]);
            double x3 = -Math.PI + 2 * Math.PI * u[2];
            return Math.sin(x1) + a * s2 * s2 + b * Math.pow(x3, 4) * Math.sin(x1);
        };
        return new TestFunction("Ishigami", 3, m, new double[] {v1 / v, v2 / v, 0}, new double[] {(v1 + v13) / v, v2 / v, v13 / v});
    }

    /**
     * Sobol's g-function, f = Π (|4 u_i − 2| + a_i) / (1 + a_i): input i's partial variance is
     * (1/3)/(1 + a_i)², and the function is a product of them (Saltelli et al. 2008, §3.6).
     */
    static TestFunction g(double... a) {
        int k = a.length;
        double[] vi = new double[k];
        double prod = 1;
        for (int i = 0; i < k; i++) {
            vi[i] = 1.0 / 3 / ((1 + a[i]) * (1 + a[i]));
            prod *= 1 + vi[i];
        }
        double v = prod - 1;
        double[] first = new double[k];
        double[] total = new double[k];
        for (int i = 0; i < k; i++) {
            first[i] = vi[i] / v;
            total[i] = vi[i] * prod / (1 + vi[i]) / v;
        }
        double[] coefficients = a.clone();
        Model m = u -> {
            double f = 1;
            for (int i = 0; i < coefficients.length; i++) {
                f *= (Math.abs(4 * u[i] - 2) + coefficients[i]) / (1 + coefficients[i]);
            }
            return f;
        };
        return new TestFunction("g" + Arrays.toString(a), k, m, first, total);
    }

    /** f at each point. */
    double[] evaluate(double[][] points) {
        double[] y = new double[points.length];
        for (int p = 0; p < points.length; p++) {
            y[p] = model.at(points[p]);
        }
        return y;
    }
}
