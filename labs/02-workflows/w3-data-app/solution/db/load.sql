-- Runs once, when the db-data volume is empty: the table, and the data of data/iris.csv in it.
CREATE TABLE iris (
    sepal_length double precision NOT NULL,
    sepal_width  double precision NOT NULL,
    petal_length double precision NOT NULL,
    petal_width  double precision NOT NULL,
    species      text NOT NULL
);

COPY iris FROM '/data/iris.csv' WITH (FORMAT csv, HEADER true);
