/** Reading the user's own data: a CSV file with a header becomes a {@link dev.gradus.api.data.DataSet}. */
package dev.gradus.app.data;
