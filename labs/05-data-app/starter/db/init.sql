-- Runs once, when the db-data volume is empty: the tables of the data application.
CREATE TABLE uploads (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    filename    text        NOT NULL,
    model       text        NOT NULL,  -- the model file the API reported (its /health)
    row_count   integer     NOT NULL CHECK (row_count > 0),
    uploaded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE predictions (
    upload_id    bigint  NOT NULL REFERENCES uploads (id) ON DELETE CASCADE,
    source_row   integer NOT NULL,  -- the row in the uploaded file, header = row 1
    sepal_length double precision NOT NULL,
    sepal_width  double precision NOT NULL,
    petal_length double precision NOT NULL,
    petal_width  double precision NOT NULL,
    species      text    NOT NULL,
    p_setosa     double precision NOT NULL,
    p_versicolor double precision NOT NULL,
    p_virginica  double precision NOT NULL,
    PRIMARY KEY (upload_id, source_row)
);
