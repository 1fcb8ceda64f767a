package org.twinningregistry.gazetteer;

/** Great-circle distances on the WGS 84 sphere's mean radius. */
public final class PlaceDistance {

	private static final double EARTH_KM = 6371.0;

	private PlaceDistance() {
	}

	/** The distance in kilometres between two points given in degrees. */
	public static double km(double lat1, double lon1, double lat2, double lon2) {
		double p1 = Math.toRadians(lat1);
		double p2 = Math.toRadians(lat2);
		double dp = p2 - p1;
		double dl = Math.toRadians(lon2 - lon1);
		double h = Math.sin(dp / 2) * Math.sin(dp / 2)
				+ Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
		return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
	}

}
